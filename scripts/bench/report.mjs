// The bench's figures as a Markdown table, each beside its target and whether it is met.

const KB = 1000;
const kb = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * @param {string} what
 * @param {string} figure
 * @param {string} target
 * @param {boolean | null} met  null where there is no target
 */
const row = (what, figure, target, met) =>
  `| ${what} | ${figure} | ${target} | ${met === null ? '' : met ? 'yes' : '**no**'} |`;

const MB = 1e6;

/** @param {any} site  a measured site (build-growth.mjs) */
function outputRows(site) {
  const { output, analyses } = site;
  return [
    row(
      `Output per analysis with its editions (${analyses} analyses, everything written / analyses)`,
      `${(output.bytes / analyses / MB).toFixed(2)} MB`,
      '≤ 3 MB',
      output.bytes / analyses <= 3 * MB,
    ),
    row(
      `Cards (${output.cards.count}): mean, largest`,
      `${kb(output.cards.meanBytes)}, ${kb(output.cards.maxBytes)}`,
      '≤ 40 KB each',
      output.cards.maxBytes <= 40 * KB,
    ),
    row(
      'Assets written twice with the same bytes',
      `${output.duplicates.count} (${kb(output.duplicates.bytes)})`,
      'none',
      output.duplicates.count === 0,
    ),
  ];
}

/** The load average (one minute) as a build started and ended. @param {{ load: number[] }} build */
const load = ({ load: [before, after] }) => `load ${before.toFixed(1)} → ${after.toFixed(1)}`;

/** What `npm run build` did, from its line: "Nothing to build", "Built <slug> again". @param {{ plan?: string }} build */
const did = ({ plan }) => (plan ? `; ${plan.split(/[:(]/)[0].trim()}` : '');

/**
 * The rows of the scale bench (scale.mjs): the probe's cost of one further analysis in three
 * editions, and the site at scale cold, unchanged and after a correction.
 * @param {any} site
 * @param {any[]} probe  two sites of copies of the published analysis, smaller first
 */
export function scaleRows(site, probe) {
  const [small, large] = probe;
  const further = large.analyses - small.analyses;
  const slope = (large.cold.seconds - small.cold.seconds) / further;
  const writtenPerAnalysis = (large.output.bytes - small.output.bytes) / further;
  const thousands = site.analyses.toLocaleString('en-GB');
  return [
    row(
      `Cold build, each further analysis in three editions (${small.analyses} → ${large.analyses} copies, ${large.output.cards.count} cards)`,
      `${slope.toFixed(2)} s (${load(small.cold)}; ${load(large.cold)})`,
      '≤ 1.0 s',
      slope <= 1,
    ),
    row(
      '… written per further analysis',
      `${(writtenPerAnalysis / MB).toFixed(2)} MB`,
      '≤ 3 MB',
      writtenPerAnalysis <= 3 * MB,
    ),
    row(
      `Cold build, ${thousands} analyses (${site.editions.toLocaleString('en-GB')} editions)`,
      `${(site.cold.seconds / 60).toFixed(1)} min (${load(site.cold)})`,
      '≤ 20 min',
      site.cold.seconds <= 20 * 60,
    ),
    row('… its peak memory', `${(site.cold.peakMB / 1024).toFixed(2)} GB`, '≤ 4 GB', site.cold.peakMB <= 4 * 1024),
    row(
      '… written',
      `${(site.output.bytes / MB).toFixed(0)} MB in ${site.output.files.toLocaleString('en-GB')} files`,
      '',
      null,
    ),
    row(
      `Unchanged rebuild, ${thousands} analyses`,
      `${site.unchanged.wallSeconds.toFixed(1)} s from the command, ${site.unchanged.cardsDrawn} cards drawn (${load(site.unchanged)}${did(site.unchanged)})`,
      '≤ 60 s',
      site.unchanged.wallSeconds <= 60,
    ),
    row(
      `One analysis corrected, ${thousands} analyses`,
      `${site.edited.wallSeconds.toFixed(1)} s from the command, ${site.edited.cardsDrawn} cards drawn (${load(site.edited)}${did(site.edited)})`,
      '≤ 30 s',
      site.edited.wallSeconds <= 30,
    ),
    ...outputRows(site),
  ];
}

/** @param {any} growth */
function buildRows(growth) {
  const sizes = growth.sites.map((/** @type {any} */ site) =>
    row(
      `Build, ${site.analyses} analyses (${site.editions} editions)`,
      `${site.cold.seconds.toFixed(1)} s cold, ${site.cold.peakMB.toFixed(0)} MB peak; unchanged ${site.unchanged.seconds.toFixed(1)} s`,
      '',
      null,
    ),
  );
  const largest = growth.sites.at(-1);
  return [
    ...sizes,
    row(
      `Cold build, each further analysis with its editions (${growth.sites.map((/** @type {any} */ s) => s.analyses).join(', ')})`,
      `${growth.cold.slope.toFixed(2)} s, R² ${growth.cold.r2.toFixed(3)}`,
      '≤ 0.6 s, R² ≥ 0.98',
      growth.cold.slope <= 0.6 && growth.cold.r2 >= 0.98,
    ),
    row(
      `Rebuild after one analysis changed, ${largest.analyses} analyses`,
      `${largest.edited.seconds.toFixed(1)} s, ${largest.edited.cardsDrawn} cards drawn`,
      '≤ 20 s',
      largest.edited.seconds <= 20,
    ),
    row(
      'Unchanged rebuild: cards drawn',
      growth.sites.map((/** @type {any} */ s) => s.unchanged.cardsDrawn).join(', '),
      '0',
      growth.sites.every((/** @type {any} */ s) => s.unchanged.cardsDrawn === 0),
    ),
    ...outputRows(largest),
  ];
}

/** A Markdown table of rows. @param {string[]} rows */
export const table = (rows) => ['| Figure | Measured | Target | Met |', '|---|---|---|---|', ...rows].join('\n');

/**
 * A first visit's bytes by page type and edition: before the reader reaches for the map, and on an
 * article after, by type.
 * @param {any[]} visits  what first-visit.mjs weighed
 */
export function firstVisitRows(visits) {
  return visits.flatMap((visit) => {
    const article = visit.type === 'article';
    const budget = article ? 80 * KB : 50 * KB;
    const rows = [
      row(
        `${visit.path} (${visit.type}, ${visit.edition}): first visit before the reader reaches for the map (gzip)`,
        kb(visit.before.total),
        `≤ ${budget / KB} KB`,
        visit.before.total <= budget,
      ),
    ];
    if (!article) return rows;
    const w = visit.after.byKind;
    const within = w.html <= 45 * KB && w.css <= 15 * KB && w.js <= 80 * KB && w.font <= 30 * KB;
    return [
      ...rows,
      row(
        '… once the map has woken: HTML / CSS / JavaScript / fonts; everything',
        `${kb(w.html)} / ${kb(w.css)} / ${kb(w.js)} / ${kb(w.font)}; ${kb(visit.after.total)}`,
        '45 / 15 / 80 / 30 KB; ≤ 150 KB',
        within && visit.after.total <= 150 * KB,
      ),
    ];
  });
}

/** @param {any} lh  the medians from lighthouse.mjs, for the page `lh.path` */
export function lighthouseRows(lh) {
  return [
    row(
      `${lh.path}: Lighthouse Performance (${lh.formFactor}, median of ${lh.runs})`,
      `${lh.performance}`,
      '100',
      lh.performance >= 100,
    ),
    row('Largest Contentful Paint', `${lh.lcpSeconds.toFixed(2)} s`, '≤ 1.0 s', lh.lcpSeconds <= 1.0),
    row('Total Blocking Time', `${lh.tbtMs.toFixed(0)} ms`, '≤ 50 ms', lh.tbtMs <= 50),
    row('Cumulative Layout Shift', lh.cls.toFixed(3), '≤ 0.01', lh.cls <= 0.01),
    row('Lighthouse Accessibility', `${lh.accessibility}`, '100', lh.accessibility >= 100),
    row('Lighthouse Best Practices', `${lh.bestPractices}`, '100', lh.bestPractices >= 100),
    row('Lighthouse SEO', `${lh.seo}`, '100', lh.seo >= 100),
  ];
}

/** @param {any} search  what search.mjs measured */
function searchRows(search) {
  const editions = Object.keys(search.editions);
  const each = (/** @type {(edition: any) => string} */ figure) =>
    editions.map((code) => `${code} ${figure(search.editions[code])}`).join('; ');
  const all = (/** @type {(edition: any) => boolean} */ test) => editions.every((code) => test(search.editions[code]));
  const at = `${search.analyses.toLocaleString('en-GB')} analyses`;
  const query = (/** @type {'common' | 'name'} */ kind, /** @type {string} */ what) => [
    row(
      `First search query at ${at}, ${what}: fetched`,
      each((e) => `“${e[kind].term}” ${e[kind].results} results, ${kb(e[kind].bytes)}`),
      '< 300 KB',
      all((e) => e[kind].bytes < 300 * KB),
    ),
    row(
      `… its time, once the index has loaded (median of ${search.runs})`,
      each((e) => `${e[kind].ms.toFixed(0)} ms`),
      '< 150 ms',
      all((e) => e[kind].ms < 150),
    ),
  ];
  return [
    row(
      `Search index at ${at}, by edition`,
      each((e) => `${(e.indexBytes / 1e6).toFixed(1)} MB`),
      '',
      null,
    ),
    row(
      'Search: what opening the panel fetches (its script, Pagefind’s, its WebAssembly, the index’s metadata)',
      each((e) => kb(e.openingBytes)),
      '',
      null,
    ),
    ...query('common', 'the analysis’s most frequent word'),
    ...query('name', 'a name one analysis mentions'),
  ];
}

/** @param {any} observatory  the scan from scripts/observatory.mjs: its grade, then each test */
function observatoryRows(observatory) {
  return [
    row(
      'MDN HTTP Observatory (dist/ with _headers, over HTTPS)',
      `${observatory.grade}, score ${observatory.score}, ${observatory.testsPassed} of ${observatory.testsQuantity} tests passed`,
      'A+',
      observatory.grade === 'A+',
    ),
    ...observatory.tests.map((/** @type {any} */ test) =>
      row(
        `Observatory: ${test.name}`,
        `${test.result} (${test.scoreModifier >= 0 ? '+' : ''}${test.scoreModifier})`,
        'pass',
        test.pass,
      ),
    ),
  ];
}

/** @param {any} results  what scripts/bench/index.mjs gathered */
export function formatReport(results) {
  const { firstVisits, lighthouse: lh, interaction, search, growth, machine, observatory } = results;
  return [
    `Borderlines bench, ${results.date.slice(0, 10)}: ${results.page} on ${machine.cpus} × ${machine.cpu}, Node ${machine.node}`,
    '',
    '| Figure | Measured | Target | Met |',
    '|---|---|---|---|',
    ...firstVisitRows(firstVisits),
    ...lh.flatMap(lighthouseRows),
    ...observatoryRows(observatory),
    row(
      `Map link → passage highlighted and focused (median of ${interaction.links})`,
      `${interaction.medianStateMs.toFixed(1)} ms; ${interaction.medianPaintedMs.toFixed(1)} ms to the next frame`,
      '≤ 50 ms',
      interaction.medianPaintedMs <= 50,
    ),
    ...searchRows(search),
    ...buildRows(growth),
    '',
    ...lh.map((/** @type {any} */ page) =>
      page.shortfalls.length > 0
        ? `Lighthouse audits not passed on ${page.path}: ${page.shortfalls.join(', ')}`
        : `Lighthouse, ${page.path}: every pass/fail audit passed.`,
    ),
  ].join('\n');
}

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

/** @param {any} growth */
function buildRows(growth) {
  const sizes = growth.cold.points.map((/** @type {any} */ cold, /** @type {number} */ i) => {
    const warm = growth.warm.points[i];
    const what = cold.analyses === 1 ? 'Build, the site (1 analysis)' : `Build, ${cold.analyses} analyses`;
    const figures = `${cold.seconds.toFixed(1)} s cold, ${warm.seconds.toFixed(1)} s warm; ${cold.peakMB.toFixed(0)} MB peak`;
    return row(what, figures, '', null);
  });
  const slope = (/** @type {any} */ fit, /** @type {string} */ name) =>
    row(
      `Build time per additional analysis, ${name}`,
      `${fit.slope.toFixed(2)} s (R² ${fit.r2.toFixed(3)})`,
      '< 0.3 s, linear',
      fit.slope < 0.3 && fit.r2 > 0.98,
    );
  return [...sizes, slope(growth.cold, 'cold'), slope(growth.warm, 'warm (cards cached)')];
}

/** @param {any} lh  the medians from lighthouse.mjs */
function lighthouseRows(lh) {
  return [
    row(
      `Lighthouse Performance (${lh.formFactor}, median of ${lh.runs})`,
      `${lh.performance}`,
      '100',
      lh.performance >= 100,
    ),
    row('Largest Contentful Paint', `${lh.lcpSeconds.toFixed(2)} s`, '≤ 1.2 s', lh.lcpSeconds <= 1.2),
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

/** @param {any} results  what scripts/bench/index.mjs gathered */
export function formatReport(results) {
  const { weight, lighthouse: lh, interaction, search, growth, machine } = results;
  const w = weight.byKind;
  return [
    `Borderlines bench, ${results.date.slice(0, 10)}: ${results.page} on ${machine.cpus} × ${machine.cpu}, Node ${machine.node}`,
    '',
    '| Figure | Measured | Target | Met |',
    '|---|---|---|---|',
    row('HTML (gzip)', kb(w.html), '≤ 45 KB', w.html <= 45 * KB),
    row('CSS (gzip)', kb(w.css), '≤ 15 KB', w.css <= 15 * KB),
    row('JavaScript (gzip)', kb(w.js), '≤ 80 KB', w.js <= 80 * KB),
    row('Fonts (gzip)', kb(w.font), '≤ 30 KB or none', w.font <= 30 * KB),
    row('Images and other (gzip)', kb(w.image + w.other), '', null),
    row('Everything (gzip)', kb(weight.total), '≤ 150 KB', weight.total <= 150 * KB),
    ...lighthouseRows(lh),
    row(
      `Map link → passage highlighted and focused (median of ${interaction.links})`,
      `${interaction.medianStateMs.toFixed(1)} ms; ${interaction.medianPaintedMs.toFixed(1)} ms to the next frame`,
      '≤ 50 ms',
      interaction.medianPaintedMs <= 50,
    ),
    ...searchRows(search),
    ...buildRows(growth),
    '',
    lh.shortfalls.length > 0
      ? `Lighthouse audits not passed: ${lh.shortfalls.join(', ')}`
      : 'Lighthouse: every pass/fail audit passed.',
  ].join('\n');
}

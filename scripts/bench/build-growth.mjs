// How the build grows with the number of analyses: generated sites of 10, 50, 100 and 200
// analyses (generate-analyses.mjs), each built cold in a process of its own (an empty cache), then
// again unchanged, and, at the largest, again after one analysis changed: what an editor's next
// build costs. Each build is `npm run build` (scripts/build.mjs), which decides what to build.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ANALYSES_FOLDER, EVENTS_FOLDER } from '../../src/lib/content/paths.ts';
import { cachedCards, measureOutput } from './build-output.mjs';
import { generateAnalyses, TEMPLATES } from './generate-analyses.mjs';

const WORK = 'tests/fixtures/.work/bench';

/** @typedef {{ analyses: number, seconds: number, peakMB: number }} BuildPoint */

/**
 * One build of the content under `root` with the cache `cache`, into `outDir`: its time, peak
 * memory, and how many cards it drew.
 */
export function buildOnce(/** @type {{ root: string, cache: string, outDir: string }} */ { root, cache, outDir }) {
  const before = cachedCards(cache);
  // The machine's load (one minute) as the build starts and ends: other work shares these cores.
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/bench/build-once.mjs'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TZ: 'UTC',
      ASTRO_TELEMETRY_DISABLED: '1',
      BORDERLINES_CONTENT_ROOT: root,
      BORDERLINES_CACHE_DIR: cache,
      BENCH_OUT_DIR: outDir,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`the build of ${root} failed:\n${result.stderr}`);
  const { seconds, peakMB, plan } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
  // From the command to the finished folder, the process's start included: what an editor waits.
  const wallSeconds = (performance.now() - started) / 1000;
  return {
    seconds,
    wallSeconds,
    peakMB,
    cardsDrawn: cachedCards(cache) - before,
    load: [loadBefore, loadavg()[0]],
    plan,
  };
}

/** Least-squares slope and intercept of seconds against analyses, and how straight the line is. */
export function fitLine(/** @type {BuildPoint[]} */ points) {
  const n = points.length;
  const mx = points.reduce((sum, p) => sum + p.analyses, 0) / n;
  const my = points.reduce((sum, p) => sum + p.seconds, 0) / n;
  const sxy = points.reduce((sum, p) => sum + (p.analyses - mx) * (p.seconds - my), 0);
  const sxx = points.reduce((sum, p) => sum + (p.analyses - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const residual = points.reduce((sum, p) => sum + (p.seconds - (intercept + slope * p.analyses)) ** 2, 0);
  const total = points.reduce((sum, p) => sum + (p.seconds - my) ** 2, 0);
  return { slope, intercept, r2: total === 0 ? 1 : 1 - residual / total };
}

/** Changes one passage and one event title of the first generated analysis, as an editor would. */
function editOneAnalysis(/** @type {string} */ root) {
  const slug = `${TEMPLATES[0].slug}-0001`;
  const mdx = join(root, ANALYSES_FOLDER, `${slug}.mdx`);
  writeFileSync(mdx, readFileSync(mdx, 'utf8').replace(/(<Passage\b[^>]*>\s*)/, '$1A corrected sentence. '));
  const events = join(root, EVENTS_FOLDER, `${slug}.json`);
  const data = JSON.parse(readFileSync(events, 'utf8'));
  data.events[0].title = `${data.events[0].title}, corrected`;
  writeFileSync(events, `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * A generated site of `size` analyses, built cold, then unchanged, and (with `edit`) after one
 * analysis changed; its output measured after the cold build.
 */
export function measureSite(
  /** @type {{ size: number, edit: boolean, rebuild?: boolean, templates?: typeof TEMPLATES, log: (line: string) => void }} */ options,
) {
  const { size, edit, rebuild = true, templates, log } = options;
  const root = join(WORK, `content-${size}`);
  const site = { root, cache: join(WORK, `cache-${size}`), outDir: join(WORK, `dist-${size}`) };
  const { editions } = generateAnalyses({ count: size, into: root, templates });
  rmSync(site.cache, { recursive: true, force: true });
  try {
    const cold = buildOnce(site);
    const output = measureOutput(site.outDir);
    const unchanged = rebuild ? buildOnce(site) : undefined;
    let edited;
    if (edit) {
      editOneAnalysis(root);
      edited = buildOnce(site);
    }
    log(
      `build, ${size} analyses (${editions} editions): cold ${cold.seconds.toFixed(1)} s, ${cold.peakMB.toFixed(0)} MB, ` +
        `${(output.bytes / 1e6).toFixed(0)} MB written; ` +
        (unchanged ? `unchanged ${unchanged.seconds.toFixed(1)} s, ${unchanged.cardsDrawn} cards drawn` : '') +
        (edited ? `; one analysis changed ${edited.seconds.toFixed(1)} s, ${edited.cardsDrawn} cards drawn` : ''),
    );
    return { analyses: size, editions, cold, unchanged, edited, output };
  } finally {
    // BENCH_KEEP=1 keeps the site, its cache and its output, to profile a build of it afterwards.
    if (process.env.BENCH_KEEP === '1') log(`kept: ${Object.values(site).join(', ')}`);
    else for (const folder of Object.values(site)) rmSync(folder, { recursive: true, force: true });
  }
}

/** @param {{ sizes: number[], log: (line: string) => void }} options */
export function measureBuildGrowth({ sizes, log }) {
  const largest = Math.max(...sizes);
  const sites = sizes.map((size) => measureSite({ size, edit: size === largest, log }));
  const cold = fitLine(sites.map((site) => ({ analyses: site.analyses, ...site.cold })));
  return { sites, cold };
}

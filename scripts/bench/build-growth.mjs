// How the build grows with the number of analyses: the site as it is, then 10, 50 and 100
// generated copies of its analysis, each built in a process of its own, cold and then warm.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateAnalyses } from './generate-analyses.mjs';

const WORK = 'tests/fixtures/.work/bench';

/** @typedef {{ analyses: number, seconds: number, peakMB: number }} BuildPoint */

/**
 * Builds the content under `contentRoot` twice: cold, with an empty cache, then again with the
 * cache the first build left (what an editor's next build costs: cards already drawn are kept).
 * @returns {{ cold: { seconds: number, peakMB: number }, warm: { seconds: number, peakMB: number } }}
 */
function buildTwice(/** @type {string} */ contentRoot, /** @type {string} */ name) {
  const cacheDir = join(WORK, `${name}-cache`);
  const outDir = join(WORK, `${name}-dist`);
  const once = () => {
    const result = spawnSync(process.execPath, ['scripts/bench/build-once.mjs'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        TZ: 'UTC',
        ASTRO_TELEMETRY_DISABLED: '1',
        BORDERLINES_CONTENT_ROOT: contentRoot,
        BORDERLINES_CACHE_DIR: cacheDir,
        BENCH_OUT_DIR: outDir,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    rmSync(outDir, { recursive: true, force: true });
    if (result.status !== 0) throw new Error(`build of ${name} failed:\n${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
  };
  rmSync(cacheDir, { recursive: true, force: true });
  const cold = once();
  const warm = once();
  rmSync(cacheDir, { recursive: true, force: true });
  return { cold, warm };
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

const figure = (/** @type {{ seconds: number, peakMB: number }} */ p) =>
  `${p.seconds.toFixed(1)} s, ${p.peakMB.toFixed(0)} MB`;

/** @param {{ template: string, sizes: number[], log: (line: string) => void }} options */
export function measureBuildGrowth({ template, sizes, log }) {
  /** @type {BuildPoint[]} */
  const cold = [];
  /** @type {BuildPoint[]} */
  const warm = [];
  const record = (/** @type {number} */ analyses, /** @type {ReturnType<typeof buildTwice>} */ both) => {
    cold.push({ analyses, ...both.cold });
    warm.push({ analyses, ...both.warm });
    log(
      `build, ${analyses} ${analyses === 1 ? 'analysis' : 'analyses'}: cold ${figure(both.cold)}; warm ${figure(both.warm)}`,
    );
  };
  record(1, buildTwice('.', 'site'));
  for (const size of sizes) {
    const root = join(WORK, `content-${size}`);
    generateAnalyses({ count: size, into: root, template });
    record(size, buildTwice(root, `n${size}`));
    rmSync(root, { recursive: true, force: true });
  }
  return { cold: { points: cold, ...fitLine(cold) }, warm: { points: warm, ...fitLine(warm) } };
}

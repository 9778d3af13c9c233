// Lighthouse through @lhci/cli against the served build, with Debian's Chromium, mobile preset
// (Lighthouse's default: a mid-range phone on a throttled 4G connection, simulated), several
// runs; the median of each figure is reported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS } from '../ensure-chromium.mjs';

export const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * @param {{ url: string, runs: number, chromium: string }} options
 */
export function runLighthouse({ url, runs, chromium }) {
  const work = mkdtempSync(join(tmpdir(), 'borderlines-lhci-'));
  const lhci = resolve('node_modules/@lhci/cli/src/cli.js');
  const result = spawnSync(
    process.execPath,
    [
      lhci,
      'collect',
      `--url=${url}`,
      `--numberOfRuns=${runs}`,
      `--settings.chromeFlags=${[...CHROMIUM_FLAGS, '--headless=new'].join(' ')}`,
    ],
    { cwd: work, encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromium } },
  );
  if (result.status !== 0) throw new Error(`lhci collect failed:\n${result.stdout}\n${result.stderr}`);
  const folder = join(work, '.lighthouseci');
  const reports = readdirSync(folder)
    .filter((name) => name.startsWith('lhr-') && name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')));
  rmSync(work, { recursive: true, force: true });
  const pick = (/** @type {(lhr: any) => number} */ read) => median(reports.map(read));
  return {
    runs: reports.length,
    lighthouseVersion: reports[0]?.lighthouseVersion,
    formFactor: reports[0]?.configSettings?.formFactor,
    performance: pick((lhr) => lhr.categories.performance.score * 100),
    lcpSeconds: pick((lhr) => lhr.audits['largest-contentful-paint'].numericValue / 1000),
    tbtMs: pick((lhr) => lhr.audits['total-blocking-time'].numericValue),
    cls: pick((lhr) => lhr.audits['cumulative-layout-shift'].numericValue),
    accessibility: pick((lhr) => lhr.categories.accessibility.score * 100),
    bestPractices: pick((lhr) => lhr.categories['best-practices'].score * 100),
    seo: pick((lhr) => lhr.categories.seo.score * 100),
    // What kept a category under 100, from the first run, so the note can say why.
    shortfalls: Object.values(reports[0]?.audits ?? {})
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id),
  };
}

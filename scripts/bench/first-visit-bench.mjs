// npm run bench:first-visit: the first part of `npm run bench` alone (minutes rather than half an
// hour): every page type's first visit in every edition, before and after the reader reaches for
// the map, and Lighthouse's mobile figures for each (BENCH_LIGHTHOUSE_TYPES=article for the
// articles alone, about ten minutes). Prints a Markdown table; writes the figures to
// bench/results/first-visit-<time>.json.
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../ensure-chromium.mjs';
import { benchSubjects, firstVisitPages, lighthouseEach, weighFirstVisits } from './first-visit.mjs';
import { firstVisitRows, lighthouseRows, table } from './report.mjs';
import { machine, writeResults } from './results.mjs';
import { serveBuild } from './serve.mjs';

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
// The page types Lighthouse loads (article, home, actor, relation): all of them unless named.
const LIGHTHOUSE_TYPES = (process.env.BENCH_LIGHTHOUSE_TYPES ?? 'article,home,actor,relation').split(',');
const log = (/** @type {string} */ line) => console.error(`· ${line}`);

const { executablePath, slug } = benchSubjects();

log('building the site');
const built = spawnSync('npm', ['run', '--silent', 'build:local'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) throw new Error('the build failed');

const pages = firstVisitPages(slug);
const server = await serveBuild();
let firstVisits, lighthouse;
try {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    firstVisits = await weighFirstVisits(browser, server.origin, pages, log);
  } finally {
    await browser.close();
  }
  lighthouse = lighthouseEach(
    server.origin,
    pages.filter((page) => LIGHTHOUSE_TYPES.includes(page.type)),
    { runs: LIGHTHOUSE_RUNS, chromium: executablePath, log },
  );
} finally {
  server.stop();
}
const results = { date: new Date().toISOString(), machine: machine(), firstVisits, lighthouse };
const file = writeResults(results, 'first-visit-');
console.log(table([...firstVisitRows(firstVisits), ...lighthouse.flatMap(lighthouseRows)]));
log(`written to ${file}`);

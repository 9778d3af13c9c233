// npm run bench: what a reader downloads and waits for, and how the build grows. Prints a
// Markdown table and writes the figures to bench/results/ (ignored by git). Not part of npm test:
// its figures depend on the machine.
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../ensure-chromium.mjs';
import { measureBuildGrowth } from './build-growth.mjs';
import { timeMapLinks } from './interaction.mjs';
import { benchSubjects, firstVisitPages, lighthouseEach, weighFirstVisits } from './first-visit.mjs';
import { median } from './lighthouse.mjs';
import { observatoryScan } from '../observatory.mjs';
import { formatReport } from './report.mjs';
import { machine, writeResults } from './results.mjs';
import { measureSearch } from './search.mjs';
import { reachForTheMap } from './reach-for-map.mjs';
import { serveBuild } from './serve.mjs';

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '10,50,100,200').split(',').map(Number);
const SEARCH_ANALYSES = Number(process.env.BENCH_SEARCH_ANALYSES ?? 1000);
const SEARCH_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 5);
const log = (/** @type {string} */ line) => console.error(`· ${line}`);

const started = performance.now();
const { executablePath, slug } = benchSubjects();
const article = `/analyses/${slug}/`;

log('building the site');
const built = spawnSync('npm', ['run', '--silent', 'build:local'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) throw new Error('the build failed');

const server = await serveBuild();
let firstVisits, interaction, lighthouse;
const pages = firstVisitPages(slug);
try {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    firstVisits = await weighFirstVisits(browser, server.origin, pages, log);
    log('interaction: every map link');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.origin + article);
    await reachForTheMap(page);
    const timings = await timeMapLinks(page);
    interaction = {
      links: timings.length,
      medianStateMs: median(timings.map((t) => t.state)),
      medianPaintedMs: median(timings.map((t) => t.painted)),
      slowest: timings.reduce((a, b) => (b.painted > a.painted ? b : a)),
      timings,
    };
  } finally {
    await browser.close();
  }
  // Every page type in every edition, as a reader's phone first loads it.
  lighthouse = lighthouseEach(
    server.origin,
    pages.filter((page) => page.type !== 'embed'),
    { runs: LIGHTHOUSE_RUNS, chromium: executablePath, log },
  );
} finally {
  server.stop();
}

log('MDN HTTP Observatory, dist/ served with its _headers');
const observatory = await observatoryScan('dist');

const search = await measureSearch({ slug, count: SEARCH_ANALYSES, runs: SEARCH_RUNS, executablePath, log });

log(`build growth: ${SIZES.join(', ')} generated analyses`);
const growth = measureBuildGrowth({ sizes: SIZES, log });

const results = {
  date: new Date().toISOString(),
  machine: machine(),
  page: article,
  firstVisits,
  lighthouse,
  observatory,
  interaction,
  search,
  growth,
  benchSeconds: (performance.now() - started) / 1000,
};
const file = writeResults(results, '', 'latest.json');
console.log(formatReport(results));
log(`written to ${file} in ${results.benchSeconds.toFixed(0)} s`);

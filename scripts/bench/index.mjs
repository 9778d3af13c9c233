// npm run bench: what a reader downloads and waits for, and how the build grows. Prints a
// Markdown table and writes the figures to bench/results/ (ignored by git). Not part of npm test:
// its figures depend on the machine.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { ANALYSES_FOLDER } from '../../src/lib/content/paths.ts';
import { CHROMIUM_FLAGS, findChromium } from '../ensure-chromium.mjs';
import { measureBuildGrowth } from './build-growth.mjs';
import { timeMapLinks } from './interaction.mjs';
import { median, runLighthouse } from './lighthouse.mjs';
import { observatoryScan } from '../observatory.mjs';
import { measurePageWeight } from './page-weight.mjs';
import { formatReport } from './report.mjs';
import { machine, writeResults } from './results.mjs';
import { measureSearch } from './search.mjs';
import { serveBuild } from './serve.mjs';

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '10,50,100,200').split(',').map(Number);
const SEARCH_ANALYSES = Number(process.env.BENCH_SEARCH_ANALYSES ?? 1000);
const SEARCH_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 5);
const log = (/** @type {string} */ line) => console.error(`· ${line}`);

const started = performance.now();
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium: run `node scripts/ensure-chromium.mjs` first');
const slug = readdirSync(ANALYSES_FOLDER)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.slice(0, -4))
  .sort()[0];
if (!slug) throw new Error(`no analysis in ${ANALYSES_FOLDER}`);
const article = `/analyses/${slug}/`;

log('building the site');
const built = spawnSync('npm', ['run', '--silent', 'build:local'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) throw new Error('the build failed');

const server = await serveBuild();
let weight, interaction, lighthouse;
try {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    log(`page weight of ${article}`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    weight = await measurePageWeight(page, server.origin + article);
    log('interaction: every map link');
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
  // Every edition of the article, and the pages that span analyses, in English.
  const firstIn = (/** @type {string} */ folder) =>
    readdirSync(`dist/${folder}`, { withFileTypes: true }).find((e) => e.isDirectory())?.name;
  const pages = [
    article,
    `/fa${article}`,
    `/ps${article}`,
    '/',
    `/actors/${firstIn('actors')}/`,
    `/relations/${firstIn('relations')}/`,
  ];
  lighthouse = pages.map((path) => {
    log(`lighthouse, ${path}, ${LIGHTHOUSE_RUNS} runs`);
    return { path, ...runLighthouse({ url: server.origin + path, runs: LIGHTHOUSE_RUNS, chromium: executablePath }) };
  });
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
  weight: { byKind: weight.byKind, total: weight.total, entries: weight.entries },
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

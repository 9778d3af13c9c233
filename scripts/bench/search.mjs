// Search at scale: each edition's records of the built analysis, copied into 1,000 distinct
// analyses (search-variants.mjs) and indexed as the build indexes the site, without building a
// thousand pages; then, in Chromium, Pagefind loaded as the search panel loads it and a first
// query timed and weighed once the index has loaded, in a fresh browser context each run.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../ensure-chromium.mjs';
import { EDITIONS, ORIGINAL } from '../../src/lib/i18n/editions.ts';
import { pageRecords } from '../../src/lib/search/records.ts';
import { writeRecords } from '../../src/lib/search/write-index.ts';
import { median } from './lighthouse.mjs';
import { gzipSize } from './page-weight.mjs';
import { variantRecords } from './search-variants.mjs';
import { serveBuild } from './serve.mjs';

/** @typedef {import('../../src/lib/search/records.ts').SearchRecord} SearchRecord */

/** Results (pages, each with its passages) a query fetches, as the panel shows them. */
const SHOWN = 10;

const wordsOf = (/** @type {SearchRecord[]} */ records) =>
  records.flatMap((record) => record.content.toLowerCase().match(/[\p{L}\p{M}]{5,}/gu) ?? []);

/**
 * Two first queries: the most frequent word of the analysis, which every copy answers (the most
 * results, the slowest), and a name that one copy alone mentions (what a reader looking for a
 * person or place types).
 */
function queryTerms(/** @type {SearchRecord[]} */ own, /** @type {SearchRecord[]} */ variants) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const word of wordsOf(own)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  const middle = variants.slice(Math.floor(variants.length / 2));
  const name = wordsOf(middle).find((word) => !counts.has(word)) ?? '';
  return { common, name };
}

/** Bytes of one language's index in Pagefind's folder: its metadata, word index and pages. */
function indexBytes(/** @type {string} */ folder, /** @type {string} */ language) {
  let total = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) total += indexBytes(path, language);
    else if (name.startsWith(`${language}_`) || name.startsWith(`pagefind.${language}_`)) total += statSync(path).size;
  }
  return total;
}

/**
 * What opening the panel fetches before the first query, gzip where a host would compress: the
 * panel's script (the site's own build), Pagefind's script, its WebAssembly for the language, the
 * list of indexes and the language's index metadata (both of these already compressed).
 */
function openingBytes(/** @type {string} */ folder, /** @type {string} */ language) {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')).languages[language];
  const size = (/** @type {string} */ path) => statSync(path).size;
  return (
    gzipSize(readFileSync('dist/search/panel.js')) +
    gzipSize(readFileSync(join(folder, 'pagefind.js'))) +
    gzipSize(readFileSync(join(folder, 'pagefind-entry.json'))) +
    size(join(folder, `wasm.${entry.wasm ?? 'unknown'}.pagefind`)) +
    size(join(folder, `pagefind.${entry.hash}.pf_meta`))
  );
}

/**
 * Runs in the page: loads Pagefind as the panel does, waits until its index has loaded (a search
 * for nothing needs the index's metadata and WebAssembly, and no words), then runs one query and
 * fetches the shown results' pages (their passages with them), as the panel does. Bytes are the
 * bodies fetched, which Pagefind compresses itself.
 */
async function firstQuery(/** @type {[string, number]} */ [term, shown]) {
  const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js');
  await pagefind.options({ noWorker: true });
  await pagefind.search(null);
  const loaded = performance.getEntriesByType('resource').length;
  const start = performance.now();
  const search = await pagefind.search(term);
  await Promise.all(search.results.slice(0, shown).map((/** @type {any} */ result) => result.data()));
  const ms = performance.now() - start;
  const fetched = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).slice(loaded);
  return { ms, results: search.results.length, bytes: fetched.reduce((sum, entry) => sum + entry.encodedBodySize, 0) };
}

/**
 * Copies of each edition's analysis, indexed into `work`, with a page per edition in its language
 * (from which Pagefind picks the edition's index); returns the query terms of each edition.
 */
async function indexVariants(/** @type {string} */ slug, /** @type {number} */ count, /** @type {string} */ work) {
  /** @type {SearchRecord[]} */
  const records = [];
  /** @type {Record<string, { prefix: string, terms: { common: string, name: string } }>} */
  const editions = {};
  for (const { code } of EDITIONS) {
    const prefix = code === ORIGINAL.code ? '' : `/${code}`;
    const file = `dist${prefix}/analyses/${slug}/index.html`;
    const html = readFileSync(file, 'utf8');
    const own = pageRecords(html, `${prefix}/analyses/${slug}/`, file);
    const variants = variantRecords({ records: own, slug, count });
    records.push(...variants);
    editions[code] = { prefix, terms: queryTerms(own, variants) };
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
    mkdirSync(join(work, prefix), { recursive: true });
    writeFileSync(
      join(work, prefix, 'index.html'),
      `<!doctype html><html lang="${lang}"><title>${code}</title></html>\n`,
    );
  }
  const started = performance.now();
  await writeRecords(records, work);
  return { editions, records: records.length, indexSeconds: (performance.now() - started) / 1000 };
}

/**
 * @param {{ slug: string, count: number, runs: number, executablePath: string, log: (line: string) => void }} options
 */
export async function measureSearch({ slug, count, runs, executablePath, log }) {
  const work = mkdtempSync(join(tmpdir(), 'borderlines-search-'));
  try {
    log(`search: indexing ${count} copies of the analysis in each edition`);
    const { editions, records, indexSeconds } = await indexVariants(slug, count, work);
    const server = await serveBuild(4323, work);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
    /** @type {Record<string, any>} */
    const byEdition = {};
    try {
      for (const [code, { prefix, terms }] of Object.entries(editions)) {
        const folder = join(work, 'pagefind');
        byEdition[code] = { indexBytes: indexBytes(folder, code), openingBytes: openingBytes(folder, code) };
        for (const [kind, term] of Object.entries(terms)) {
          log(`search: first query in ${code}, ${kind} "${term}", ${runs} runs`);
          const measured = [];
          for (let run = 0; run < runs; run++) {
            const context = await browser.newContext();
            const page = await context.newPage();
            await page.goto(`${server.origin}${prefix}/`);
            measured.push(await page.evaluate(firstQuery, [term, SHOWN]));
            await context.close();
          }
          byEdition[code][kind] = { term, ...measured[0], ms: median(measured.map((m) => m.ms)) };
        }
      }
    } finally {
      await browser.close();
      server.stop();
    }
    return { analyses: count, records, indexSeconds, runs, editions: byEdition };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

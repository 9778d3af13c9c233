// What a reader's first visit costs, page type by page type and edition by edition: the bytes
// fetched before the reader does anything and, on an article, once they have reached for the map
// (page-weight.mjs); and Lighthouse's mobile figures, which load the page and touch nothing.
import { readdirSync } from 'node:fs';
import { ANALYSES_FOLDER } from '../../src/lib/content/paths.ts';
import { EDITIONS } from '../../src/lib/i18n/editions.ts';
import { findChromium } from '../ensure-chromium.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureFirstVisit } from './page-weight.mjs';

/** The browser the benches drive, and the analysis they measure: the first by name. */
export function benchSubjects() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium: run `node scripts/ensure-chromium.mjs` first');
  const slug = readdirSync(ANALYSES_FOLDER)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -4))
    .sort()[0];
  if (!slug) throw new Error(`no analysis in ${ANALYSES_FOLDER}`);
  return { executablePath, slug };
}

/**
 * The pages measured: the article, home, an actor's and a relation's page and the embed, in every
 * edition.
 * @param {string} slug  the article
 * @returns {{ type: string, edition: string, path: string }[]}
 */
export function firstVisitPages(slug) {
  const firstIn = (/** @type {string} */ folder) =>
    readdirSync(`dist/${folder}`, { withFileTypes: true }).find((e) => e.isDirectory())?.name;
  const types = {
    article: `/analyses/${slug}/`,
    home: '/',
    actor: `/actors/${firstIn('actors')}/`,
    relation: `/relations/${firstIn('relations')}/`,
    embed: `/embed/${slug}/`,
  };
  return EDITIONS.flatMap((edition) =>
    Object.entries(types).map(([type, path]) => ({
      type,
      edition: edition.code,
      path: `${edition.code === 'en' ? '' : `/${edition.code}`}${path}`,
    })),
  );
}

/**
 * The bytes of each page's first visit, before and after the reader reaches for the map.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {{ type: string, edition: string, path: string }[]} pages
 * @param {(line: string) => void} log
 */
export async function weighFirstVisits(browser, origin, pages, log) {
  const weighed = [];
  for (const page of pages) {
    log(`first visit to ${page.path}`);
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { before, after } = await measureFirstVisit(tab, origin + page.path);
    await tab.close();
    const figures = (/** @type {import('./page-weight.mjs').PageWeight} */ weight) => ({
      byKind: weight.byKind,
      total: weight.total,
    });
    weighed.push({ ...page, before: figures(before), after: figures(after) });
  }
  return weighed;
}

/**
 * Lighthouse's medians for each page.
 * @param {string} origin
 * @param {{ path: string }[]} pages
 * @param {{ runs: number, chromium: string, log: (line: string) => void }} options
 */
export function lighthouseEach(origin, pages, { runs, chromium, log }) {
  return pages.map(({ path }) => {
    log(`lighthouse, ${path}, ${runs} runs`);
    return { path, ...runLighthouse({ url: origin + path, runs, chromium }) };
  });
}

// What a first visit to a page transfers, by type, measured in a real browser: every response
// the page asks for until the network is quiet, each body compressed with gzip as a static host
// or CDN would send it; then, where the page has a map, everything it has fetched once the reader
// has reached for it and its island has woken.
import { gzipSync } from 'node:zlib';
import { reachForTheMap } from './reach-for-map.mjs';

/** @typedef {'html' | 'css' | 'js' | 'font' | 'image' | 'other'} WeightKind */
/** @typedef {{ url: string, kind: WeightKind, raw: number, gzip: number }} WeightEntry */
/** @typedef {{ entries: WeightEntry[], byKind: Record<WeightKind, number>, total: number }} PageWeight */

/** @type {Record<string, WeightKind>} */
const KIND_OF_RESOURCE = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };

/** gzip level 6: what hosts compress with on the fly (precompressed files at 9 are a little smaller). */
export const gzipSize = (/** @type {Buffer} */ body) => gzipSync(body, { level: 6 }).length;

/**
 * Loads `url` in `page` and adds up what it fetched before the reader did anything (`before`),
 * then, where the page has an island, after the reader reached for the map and it woke (`after`:
 * everything, both together).
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<{ before: PageWeight, after: PageWeight }>}
 */
export async function measureFirstVisit(page, url) {
  /** @type {Promise<WeightEntry | null>[]} */
  const pending = [];
  /** @type {Set<string>} */
  const finished = new Set();
  /** @type {(() => void)[]} */
  const onEachFinish = [];
  /** @param {import('@playwright/test').Request} request */
  const onFinished = (request) => {
    finished.add(request.url());
    for (const check of onEachFinish) check();
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response || response.status() >= 300) return null;
        const body = await response.body();
        const kind = KIND_OF_RESOURCE[request.resourceType()] ?? 'other';
        return { url: request.url(), kind, raw: body.length, gzip: gzipSize(body) };
      })(),
    );
  };
  page.on('requestfinished', onFinished);
  await page.goto(url, { waitUntil: 'networkidle' });
  // The browser asks for the page's icon in its own time, which on a busy machine can come after
  // the network has been quiet: wait for each icon the page names.
  const icons = await page.$$eval('link[rel~="icon"]', (links) =>
    links.map((link) => /** @type {HTMLLinkElement} */ (link).href),
  );
  await Promise.all(icons.map((icon) => fetched(icon, finished, onEachFinish)));
  // A right-to-left analysis asks for its type once it has painted (src/components/i18n/ArabicType.astro).
  if ((await page.locator('html[dir="rtl"]').count()) > 0 && (await page.locator('astro-island').count()) > 0) {
    await page.waitForFunction(() => localStorage.getItem('borderlines-naskh') !== null);
    await page.waitForLoadState('networkidle');
  }
  const before = addUp(/** @type {WeightEntry[]} */ ((await Promise.all(pending)).filter(Boolean)));
  if ((await page.locator('astro-island').count()) === 0) {
    page.off('requestfinished', onFinished);
    return { before, after: before };
  }
  await reachForTheMap(page);
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', onFinished);
  const after = addUp(/** @type {WeightEntry[]} */ ((await Promise.all(pending)).filter(Boolean)));
  return { before, after };
}

/**
 * Adds up a visit's responses by type.
 * @param {WeightEntry[]} entries
 * @returns {PageWeight}
 */
function addUp(entries) {
  /** @type {Record<WeightKind, number>} */
  const byKind = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  for (const entry of entries) byKind[entry.kind] += entry.gzip;
  return { entries, byKind, total: entries.reduce((sum, entry) => sum + entry.gzip, 0) };
}

/**
 * Resolves once `url` is among the `finished` requests, checking again at each one that finishes;
 * fails, naming the address, if it has not come within 30 s.
 * @param {string} url
 * @param {Set<string>} finished
 * @param {(() => void)[]} onEachFinish
 * @returns {Promise<void>}
 */
function fetched(url, finished, onEachFinish) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the page names ${url} as its icon, but the browser never fetched it`)),
      30_000,
    );
    const check = () => {
      if (!finished.has(url)) return;
      clearTimeout(timer);
      onEachFinish.splice(onEachFinish.indexOf(check), 1);
      resolve();
    };
    onEachFinish.push(check);
    check();
  });
}

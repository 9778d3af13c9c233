// What a first visit to a page transfers, by type, measured in a real browser: every response
// the page asks for until the network is quiet and its islands have hydrated, each body
// compressed with gzip as a static host or CDN would send it.
import { gzipSync } from 'node:zlib';

/** @typedef {'html' | 'css' | 'js' | 'font' | 'image' | 'other'} WeightKind */
/** @typedef {{ url: string, kind: WeightKind, raw: number, gzip: number }} WeightEntry */
/** @typedef {{ entries: WeightEntry[], byKind: Record<WeightKind, number>, total: number }} PageWeight */

/** @type {Record<string, WeightKind>} */
const KIND_OF_RESOURCE = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };

/** gzip level 6: what hosts compress with on the fly (precompressed files at 9 are a little smaller). */
export const gzipSize = (/** @type {Buffer} */ body) => gzipSync(body, { level: 6 }).length;

/**
 * Loads `url` in `page` and adds up what it fetched.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<PageWeight>}
 */
export async function measurePageWeight(page, url) {
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
  // Islands hydrate when the browser is idle; wait until none is left waiting, then for quiet.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.waitForLoadState('networkidle');
  // The browser asks for the page's icon in its own time, which on a busy machine can come after
  // the network has been quiet: wait for each icon the page names.
  const icons = await page.$$eval('link[rel~="icon"]', (links) =>
    links.map((link) => /** @type {HTMLLinkElement} */ (link).href),
  );
  await Promise.all(icons.map((icon) => fetched(icon, finished, onEachFinish)));
  page.off('requestfinished', onFinished);
  const entries = /** @type {WeightEntry[]} */ ((await Promise.all(pending)).filter(Boolean));
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

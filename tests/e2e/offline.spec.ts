import { createServer } from 'node:http';
import { serveFiles } from '../../scripts/static-host.mjs';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { BOTH_DIRECTIONS, ENGLISH, SLUG } from './editions';
import { expectLandedOn, findAxeViolations, recordProblems, wakeTheMap } from './helpers';

// Reading offline, as a reader meets it: an analysis opened once opens again without a network,
// saying so; nothing else of the site is kept; a new build's correction reaches a reader who is
// online; and the reader can remove what is kept.

// The service worker is the subject here: allowed, as a reader's browser allows it.
test.use({ serviceWorkers: 'allow' });

/** The addresses of the pages the service worker keeps. */
const keptPages = (page: Page) =>
  page.evaluate(async () => {
    const kept: string[] = [];
    for (const name of await caches.keys()) {
      if (name.startsWith('borderlines-pages-')) {
        kept.push(...(await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname));
      }
    }
    return kept;
  });

/**
 * The files the page has loaded from the site's built files (its styles and scripts, the map's
 * island among them) that the worker has not kept yet. The island wakes when the reader reaches
 * for the map, and each file it loads is kept after: a reader who goes offline before that reads
 * the page without its map's script, as without JavaScript.
 */
const filesNotYetKept = (page: Page) =>
  page.evaluate(async () => {
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.startsWith('/_astro/'));
    const files = (await caches.keys()).find((name) => name.startsWith('borderlines-files-'));
    const kept = files ? await caches.open(files) : undefined;
    const missing: string[] = [];
    for (const url of loaded) if (!(await kept?.match(url, { ignoreVary: true }))) missing.push(new URL(url).pathname);
    return missing;
  });

for (const edition of BOTH_DIRECTIONS) {
  const article = edition.article(SLUG);
  const words = edition.words.offline;

  test(
    `${edition.name}: an analysis opened once opens again offline and says so, keeps its map and policy, and nothing else of the site is kept`,
    { tag: '@timing' },
    async ({ page, context }) => {
      const problems = await recordProblems(page);
      await page.goto(`${article}?entity=iran`);
      await expect.poll(() => keptPages(page)).toEqual([article]);
      await expect(page.locator('#offline-status')).toContainText(words.kept);
      await wakeTheMap(page);
      await expect.poll(() => filesNotYetKept(page)).toEqual([]);

      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('[data-offline-copy]')).toHaveText(words.reading);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
      await expect(page.locator('svg.map-svg')).toBeVisible();
      // The page's script came from the kept files: the map and the text still work together.
      await wakeTheMap(page);
      await page.locator('#map-marker-iran').click();
      await expectLandedOn(page, 'water-release');
      if (edition.dir === 'rtl') {
        expect(await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').length)).toBe(
          2,
        );
      }
      const violations = await findAxeViolations(page);
      expect(violations.map((v) => v.id)).toEqual([]);

      // Not the rest of the site: another page, a share page, a card.
      for (const path of [edition.actor('iran'), `${article}share/iran/`, `${article}card.png`]) {
        const other = await context.newPage();
        await expect(other.goto(path), path).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
        await other.close();
      }
      await context.setOffline(false);
      expect(problems.filter((text) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(text))).toEqual([]);
    },
  );

  test(
    `${edition.name}: a correction in a new build reaches a reader online and the kept copy follows it; the reader can remove what is kept`,
    { tag: '@timing' },
    async ({ page, context }) => {
      await page.goto(article);
      await expect.poll(() => keptPages(page)).toEqual([article]);
      // A new build: the same page, corrected.
      await context.route(`**${article}`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('</h1>', ' (corrected)</h1>');
        await route.fulfill({ response, body });
      });
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('(corrected)');
      // The worker may still be keeping the corrected page when the route is taken away.
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('[data-offline-copy]')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('(corrected)');
      await context.setOffline(false);

      await page.reload();
      const control = page.locator('#offline-status').getByRole('button', { name: words.forget });
      await control.scrollIntoViewIfNeeded();
      await control.click();
      await expect(page.locator('#offline-status')).toContainText(words.forgotten);
      // Said aloud too, by the line's own status region: the page's script, not the map's island.
      await expect(page.locator('#offline-status + [role="status"]')).toHaveText(words.forgotten);
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      // Nothing is kept from now on, until the reader asks again.
      await page.reload();
      // The line is filled once the page's script runs, when the browser is idle after loading.
      await expect(page.locator('#offline-status').getByRole('button', { name: words.keep })).toBeVisible({
        timeout: 15_000,
      });
      expect(await keptPages(page)).toEqual([]);
      await page.locator('#offline-status').getByRole('button', { name: words.keep }).click();
      await expect.poll(() => keptPages(page)).toEqual([article]);
    },
  );
}

test('a page kept before the reader reached for its map reads offline as without JavaScript, and its map wakes when opened again online', async ({
  page,
  context,
}) => {
  const article = ENGLISH.article(SLUG);
  await page.goto(article);
  await expect.poll(() => keptPages(page)).toEqual([article]);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-offline-copy]')).toBeVisible();
  // Reaching for the map finds no script to fetch; its links still go where they go without it.
  await page.locator('#map-marker-iran').hover();
  await page.locator('#map-marker-iran').click();
  await expect(page).toHaveURL(/#water-release$/);
  await expect(page.locator('#water-release')).toBeInViewport();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  // Online again, the page opened again wakes its map when the reader reaches for it.
  await context.setOffline(false);
  await page.reload();
  await wakeTheMap(page);
});

/**
 * The built site served as a static host serves it (scripts/static-host.mjs: its files with the
 * headers `_headers` gives them), on a port of this test's own, counting what it is asked for by
 * path: what the browser could not answer from its own cache.
 */
async function countingHost() {
  const asked = new Map<string, number>();
  const answer = serveFiles('dist');
  const server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://host').pathname;
    asked.set(path, (asked.get(path) ?? 0) + 1);
    answer(request, response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, asked, close: () => new Promise((closed) => server.close(closed)) };
}

for (const edition of BOTH_DIRECTIONS) {
  test(`${edition.name}: keeping the page, its type and its map's script downloads none of them again`, async ({
    page,
  }) => {
    const server = await countingHost();
    try {
      const article = edition.article(SLUG);
      await page.goto(`${server.origin}${article}?entity=iran`);
      await wakeTheMap(page);
      await expect.poll(() => keptPages(page)).toEqual([article]);
      await expect.poll(() => filesNotYetKept(page)).toEqual([]);
      const files = [...server.asked.keys()].filter(
        (path) => path.startsWith('/_astro/') || path.startsWith('/fonts/'),
      );
      expect(files.filter((path) => path.endsWith('.js')).length, 'the island’s script was kept').toBeGreaterThan(1);
      if (edition.dir === 'rtl') expect(files.filter((path) => path.startsWith('/fonts/'))).toHaveLength(2);
      const twice = [...server.asked].filter(([, times]) => times > 1);
      expect(twice, 'nothing asked of the server twice').toEqual([]);
      expect(server.asked.get(article), 'the page itself, once').toBe(1);
    } finally {
      await server.close();
    }
  });
}

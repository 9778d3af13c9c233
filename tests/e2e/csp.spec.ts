import { expect, test } from './reader';
import { listBuiltPages } from '../support/built-pages';
import { BOTH_DIRECTIONS, SLUG, editionAt, type TestEdition } from './editions';
import { recordForeignRequests, wakeTheMap } from './helpers';
import { searchFor } from './search';

// Every page carries a content security policy without 'unsafe-inline', and nothing on it breaks
// the policy while it loads and the reader uses it (search included), nor asks anything of
// another origin. Each edition's pages in turn, on one browser page: the listeners hear all of
// them. The pages' code is one for every edition, so one edition of each direction runs it here;
// every built page's markup, in every edition, is checked without a browser for resources of
// another origin (tests/published/validity.test.ts) and for a policy naming exactly its inline
// code (tests/published/policy.test.ts). Here, what the pages ask for as they run.

/**
 * One page of each kind in an edition (its home page, an article, its embed, a share page, an
 * actor…): pages of one kind are built from one route, so they ask the same of the network.
 */
function onePageOfEachKind(edition: TestEdition): string[] {
  const kinds = new Map<string, string>();
  for (const { path } of listBuiltPages()) {
    if (editionAt(path) !== edition) continue;
    const kind = path.replace(/\/(analyses|share|actors|relations|embed)\/[^/]+/g, '/$1/*');
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

for (const edition of BOTH_DIRECTIONS) {
  const ARTICLE = edition.article(SLUG);
  const MISSING = `${edition.prefix}/no-such-page/`;
  const PAGES = [...new Set([ARTICLE, ...onePageOfEachKind(edition), MISSING])];
  test(`${edition.name}: a page of every kind, the article in use, and a missing page keep to a strict policy and stay on the site`, async ({
    page,
    baseURL,
  }) => {
    expect(
      PAGES.length,
      'the home page, the article, its embed and share page, the actors, a missing page',
    ).toBeGreaterThan(6);
    const problems: string[] = [];
    let path = '';
    // The browser logs the 404 status of the missing page itself; that is not a problem here.
    const expected = (text: string) => path === MISSING && text.includes('404');
    page.on(
      'console',
      (message) =>
        message.type() === 'error' && !expected(message.text()) && problems.push(`${path}: ${message.text()}`),
    );
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    const foreign = recordForeignRequests(page, baseURL!);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (path of PAGES) {
      await page.goto(path, { waitUntil: 'networkidle' });
      // The article's island fetches its code when the reader reaches for the map.
      if (path === ARTICLE) await wakeTheMap(page);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toMatch(/script-src 'self'/);
      expect(policy, path).not.toContain('unsafe-inline');
      expect(await page.locator('[style]').count(), path).toBe(0);
      if (path === ARTICLE) {
        await page.locator('#map-marker-kabul').click();
        await page.keyboard.press('Escape');
        const search = await searchFor(page, edition);
        await expect(search.getByRole('link')).toHaveCount(1);
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: edition.words.site.darkMode }).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
    }
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

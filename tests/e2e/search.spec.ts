import { expect, test } from './reader';
import { DARI, ENGLISH, SLUG } from './editions';
import { expectArrivedAt, expectLandedOn, expectNoAxeViolations, openArticle, recordForeignRequests } from './helpers';
import { PASSAGES_SHOWN } from '../../src/lib/search/found-links';
import { SEARCH_WORDS, SEARCHED_PASSAGE, searchFor, searchPanel } from './search';

// Search with script (without it, the masthead's link is checked in no-js.spec.ts). Each test
// reads several things on one load. The keyboard walk runs on the desktop; the Dari test, which
// taps, on the phone as well.

/** “Taliban” in Dari: a word more than twenty of its passages use. */
const COMMON_DARI_WORD = 'طالبان';

test.describe('on the desktop', () => {
  test(
    'English, by keyboard: the first visit fetches nothing of search; the field takes focus, a word finds its passage, the arrow reaches it and Enter lands on it; Escape closes the panel and gives focus back',
    { tag: '@timing' },
    async ({ page, baseURL }) => {
      const foreign = recordForeignRequests(page, baseURL!);
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      const article = ENGLISH.article(SLUG);
      await openArticle(page, article);
      await page.waitForLoadState('networkidle');
      expect(
        fetched.filter((path) => /^\/(pagefind|search)\//.test(path)),
        'nothing of search before it opens',
      ).toEqual([]);

      const button = page.getByRole('button', { name: ENGLISH.words.search.open, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      const panel = searchPanel(page, ENGLISH);
      await expect(panel.getByRole('searchbox', { name: ENGLISH.words.search.label })).toBeFocused();
      await page.keyboard.type(SEARCH_WORDS.en!);
      // Typed a key at a time, the word's first letters find other passages on the way, and on a
      // busy machine their results show before the whole word's replace them.
      const result = panel.getByRole('link');
      await expect(result).toHaveCount(1);
      await expect(result).toHaveAttribute('href', `${article}#${SEARCHED_PASSAGE}`);
      await expect(result.locator('mark')).toHaveText([SEARCH_WORDS.en!]);
      await expect(panel.getByRole('status')).toHaveText(ENGLISH.words.search.results(1, '1'));
      await page.keyboard.press('ArrowDown');
      await expect(result).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(panel).toBeHidden();
      await expectLandedOn(page, SEARCHED_PASSAGE);

      await button.focus();
      await page.keyboard.press('Enter');
      await expect(panel).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(button).toBeFocused();
      expect(fetched).toContain('/pagefind/pagefind.js');
      expect(foreign).toEqual([]);
    },
  );
});

/**
 * Pagefind, stood in for by a module that answers any search with `count` pages, each with two
 * passages: the panel's paging, which the published site's few pages cannot reach.
 */
const pagefindAnswering = (count: number) => `
const results = Array.from({ length: ${count} }, (_, i) => ({
  data: async () => ({
    url: '/analyses/copy-' + i + '/',
    excerpt: 'word',
    meta: { title: 'Analysis ' + (i + 1) },
    sub_results: ['first', 'second'].map((id) => ({ url: '/analyses/copy-' + i + '/#' + id, title: 'Analysis ' + (i + 1), excerpt: '<mark>word</mark>', weighted_locations: [{ balanced_score: 1 }] })),
  }),
}));
export const options = async () => {};
export const init = async () => {};
export const debouncedSearch = async () => ({ results });
`;

test.describe('on the desktop, with many results', () => {
  test('the list shows the best ten, and ten more at each request, focus on the first of them; the button goes once all are shown', async ({
    page,
  }) => {
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: pagefindAnswering(25) }),
    );
    await page.goto(ENGLISH.home);
    const panel = await searchFor(page, ENGLISH, 'word');
    const results = panel.locator('.search-results > li');
    await expect(results).toHaveCount(10);
    await expect(panel.getByRole('status')).toHaveText(ENGLISH.words.search.results(25, '25'));
    const more = panel.getByRole('button', { name: ENGLISH.words.search.more });
    await more.click();
    await expect(results).toHaveCount(20);
    await expect(results.nth(10).getByRole('link').first()).toBeFocused();
    await more.click();
    await expect(results).toHaveCount(25);
    await expect(results.nth(20).getByRole('link').first()).toBeFocused();
    await expect(more).toBeHidden();
  });
});

test(
  'Dari, from the home page: a common word gives a result a page, the analysis’s with its best passages under its best, in a panel that reads right to left with no axe violations, light or dark; a rare word finds its passage in the Dari index; following the result lands on the passage',
  { tag: '@phone' },
  async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!);
    await page.goto(DARI.home);
    const panel = await searchFor(page, DARI, COMMON_DARI_WORD);
    // A word many passages use: one result for the analysis, leading to three of its passages;
    // the other results are pages of their own (actors, relations), each one link.
    const analysis = panel
      .locator('.search-results > li')
      .filter({ has: page.locator(`a[href^="${DARI.article(SLUG)}"]`) });
    await expect(analysis.first().getByRole('link')).toHaveCount(PASSAGES_SHOWN);
    await expect(analysis).toHaveCount(1);
    // Under the best passage, which names the analysis, the others are named by their section alone.
    await expect(analysis.locator('.search-result').first()).toContainText(DARI.words.search.separator);
    for (const title of await analysis.locator('.search-passage .search-title').allTextContents()) {
      expect(title).not.toContain(DARI.words.search.separator);
    }
    const pages = await panel
      .locator('.search-results > li > a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(pages).size, 'each page is one result').toBe(pages.length);
    await expect(panel.getByRole('status')).toHaveText(
      DARI.words.search.results(pages.length, DARI.number(pages.length)),
    );
    await expect(panel).toHaveCSS('direction', 'rtl');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }

    await panel.getByRole('searchbox').fill(SEARCH_WORDS.fa!);
    const result = panel.getByRole('link');
    await expect(result).toHaveCount(1);
    await expect(result).toHaveAttribute('href', `${DARI.article(SLUG)}#${SEARCHED_PASSAGE}`);
    await expect(result.locator('mark')).toHaveText([SEARCH_WORDS.fa!]);
    await expect(panel.getByRole('status')).toHaveText(DARI.words.search.results(1, DARI.number(1)));
    await result.click();
    await expectArrivedAt(page, SEARCHED_PASSAGE);
    expect(foreign).toEqual([]);
  },
);

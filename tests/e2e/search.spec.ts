import { expect, test } from './reader';
import { DARI, ENGLISH, SLUG } from './editions';
import { expectArrivedAt, expectLandedOn, expectNoAxeViolations, openArticle, recordForeignRequests } from './helpers';
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

test(
  'Dari, from the home page: a common word lists the best ten, and ten more on request; a rare word finds its passage in the Dari index, in a panel that reads right to left with no axe violations, light or dark; following the result lands on the passage',
  { tag: '@phone' },
  async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!);
    await page.goto(DARI.home);
    const panel = await searchFor(page, DARI, COMMON_DARI_WORD);
    // A word many passages use: the best ten, then ten more on request, focus on the first of them.
    await expect(panel.getByRole('link')).toHaveCount(10);
    await panel.getByRole('button', { name: DARI.words.search.more }).click();
    await expect(panel.getByRole('link').nth(10)).toBeFocused();

    await panel.getByRole('searchbox').fill(SEARCH_WORDS.fa!);
    const result = panel.getByRole('link');
    await expect(result).toHaveCount(1);
    await expect(result).toHaveAttribute('href', `${DARI.article(SLUG)}#${SEARCHED_PASSAGE}`);
    await expect(result.locator('mark')).toHaveText([SEARCH_WORDS.fa!]);
    await expect(panel.getByRole('status')).toHaveText(DARI.words.search.results(1, DARI.number(1)));
    await expect(panel).toHaveCSS('direction', 'rtl');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
    await result.click();
    await expectArrivedAt(page, SEARCHED_PASSAGE);
    expect(foreign).toEqual([]);
  },
);

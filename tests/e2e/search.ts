import { expect, type Page } from '@playwright/test';
import type { TestEdition } from './editions';

// Search, as the end-to-end tests drive it: the panel named in the edition's words, and a word
// each edition's analysis says in one passage only (not counting a correction's earlier wording,
// which is not searched).

/** The passage the words below find. */
export const SEARCHED_PASSAGE = 'water-release';

/** A word of that passage, in each edition, that no other passage or heading uses. */
export const SEARCH_WORDS: Record<string, string> = { en: 'outcry', fa: 'اعتراض', ps: 'اعتراضونه' };

/** The search panel, by its name in the edition's words. */
export const searchPanel = (page: Page, edition: TestEdition) =>
  page.getByRole('dialog', { name: edition.words.search.label });

/** Opens search from the masthead and types a word (the edition's rare one) once the field has focus; returns the panel. */
export async function searchFor(page: Page, edition: TestEdition, word = SEARCH_WORDS[edition.code]!) {
  await page.getByRole('button', { name: edition.words.search.open, exact: true }).click();
  const panel = searchPanel(page, edition);
  const field = panel.getByRole('searchbox', { name: edition.words.search.label });
  await expect(field).toBeFocused();
  await field.fill(word);
  return panel;
}

import { expect, test } from './reader';
import { readAnalyses } from '../support/analysis-data';
import { ENGLISH, TRANSLATED } from './editions';

const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const ARTICLE = `/analyses/${analysis.slug}/`;
const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the page follows the system’s dark setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(ARTICLE);
  expect(await background(page)).toBe('rgb(23, 24, 26)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe('rgb(251, 250, 247)');
});

test('the reader can switch to dark mode, and the choice is remembered', { tag: '@phone' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ARTICLE);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe('rgb(23, 24, 26)');
  await page.goto('/');
  expect(await background(page)).toBe('rgb(23, 24, 26)');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  expect(await background(page)).toBe('rgb(251, 250, 247)');
});

test('printed, the article starts with the map, numbers its markers beside their passages and drops the controls', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  const map = page.locator('svg.map-svg');
  await expect(map).toBeVisible();
  const mapTop = (await map.boundingBox())!.y;
  const textTop = (await page.locator('section#opening').boundingBox())!.y;
  expect(mapTop).toBeLessThan(textTop);
  await expect(page.locator('#map-marker-kunar .marker-number')).toBeVisible();
  const number = await page.locator('#map-marker-kunar .marker-number').textContent();
  await expect(page.locator('#kunar-rocket-exchange .print-refs')).toContainText(`${number} Kunar`);
  for (const control of [
    '.passage-tools',
    '.map-filters',
    '.map-dock-toggle',
    '[data-theme-toggle]',
    '.heading-anchor',
  ]) {
    for (const element of await page.locator(control).all()) await expect(element).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThan(3);
});

for (const edition of TRANSLATED) {
  test(`${edition.name}: the dark mode switch speaks ${edition.name}, and the choice holds in the other editions`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(edition.article(analysis.slug));
    const toggle = page.getByRole('button', { name: edition.words.site.darkMode });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe('rgb(23, 24, 26)');
    await page.locator(`nav.language-switch a[hreflang="${ENGLISH.hreflang}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${ENGLISH.article(analysis.slug)}$`));
    // The address changes before the new page's style applies: wait for the page, not the URL.
    await expect.poll(() => background(page)).toBe('rgb(23, 24, 26)');
    await expect(page.getByRole('button', { name: ENGLISH.words.site.darkMode })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
}

import { expect, test } from '@playwright/test';
import { readAnalyses } from '../support/analysis-data';

// What a reader without JavaScript gets: plain links that still land, and an unfiltered page.
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const ARTICLE = `/analyses/${analysis.slug}/`;

test('a filtered link shows the whole, unfiltered page and no dead controls', async ({ page }) => {
  await page.goto(`${ARTICLE}?entity=iran`);
  await expect(page.locator('.is-dimmed')).toHaveCount(0);
  await expect(page.locator('.map-filters')).toHaveCount(0);
  await expect(page.locator('[data-copy-link]:visible')).toHaveCount(0);
  await expect(page.locator('.map-dock-toggle')).toHaveCount(0);
});

test('an event link lands on the event’s passage', async ({ page }) => {
  await page.goto(`${ARTICLE}#yusuf-kabul-visit`);
  await expect(page.locator('#kunar-rocket-exchange')).toBeInViewport();
});

test('“On the map” jumps to the marker, which shows it is the target', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.locator('#water-release a.on-map').click();
  await expect(page).toHaveURL(/#map-marker-iran$/);
  await expect(page.locator('#map-marker-iran')).toBeInViewport();
  await expect(page.locator('#map-marker-iran .marker-focus')).not.toHaveCSS('stroke', 'none');
});

test('a grouped marker opens the list of its events, each linking to its passage', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.locator('a[data-events~="eu-office-kabul"]').click();
  await expect(page).toHaveURL(/#map-place-kabul$/);
  const list = page.locator('#map-place-kabul');
  await expect(list).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(5);
  await list.getByRole('link', { name: /European Union|EU/ }).click();
  await expect(page).toHaveURL(/#courting-the-world$/);
});

test('a share page sends the reader on to the right fragment at once, without script', async ({ page }) => {
  await page.goto(`${ARTICLE}share/yusuf-kabul-visit/`);
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#yusuf-kabul-visit$`));
  await expect(page.locator('#kunar-rocket-exchange')).toBeInViewport();
});

test('a share page shows a link on for anyone whose browser does not follow the redirect', async ({ page }) => {
  const response = await page.request.get(`${ARTICLE}share/iran/`);
  const html = await response.text();
  expect(html).toContain(`href="${ARTICLE}#iran"`);
});

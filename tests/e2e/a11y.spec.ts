import { readFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { readAnalyses } from '../support/analysis-data';
import { expectNoAxeViolations } from './helpers';

// axe runs inside the page, so these run in the JavaScript projects only; the markup a
// reader without JavaScript gets is the same HTML.
const pages = ['/', '/missing-page/', ...readAnalyses().map(({ slug }) => `/analyses/${slug}/`)];

for (const path of pages) {
  test(`${path} has no WCAG 2.2 A or AA violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test('the article has no violations with a passage highlighted, a filter on and a marker’s events open', async ({
  page,
}) => {
  const [analysis] = readAnalyses();
  await page.goto(`/analyses/${analysis!.slug}/?entity=iran#kunar-rocket-exchange`);
  await page.locator('.map-filters').waitFor();
  await expectNoAxeViolations(page);
  await page.locator('#map-marker-kabul').click();
  await page.getByRole('dialog').waitFor();
  await expectNoAxeViolations(page);
});

for (const path of pages) {
  test(`${path} has no WCAG 2.2 A or AA violations in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a corrected passage with its earlier wording open has no violations (${colorScheme})`, async ({ page }) => {
    const [analysis] = readAnalyses();
    await page.emulateMedia({ colorScheme });
    await page.goto(`/analyses/${analysis!.slug}/#water-release`);
    await page.locator('#water-release .correction-earlier summary').click();
    await expectNoAxeViolations(page);
  });
}

test('a share page, held before it sends the reader on, has no violations in either scheme', async ({ page }) => {
  const [analysis] = readAnalyses();
  const path = `/analyses/${analysis!.slug}/share/${analysis!.events[0]!.id}/`;
  // The page redirects at once; served here without its refresh, so that axe can read it.
  const html = readFileSync(`dist${path}index.html`, 'utf8').replace(/<meta http-equiv="refresh"[^>]*>/, '');
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    await page.getByRole('link', { name: /^Continue to/ }).waitFor();
    await expectNoAxeViolations(page);
  }
});

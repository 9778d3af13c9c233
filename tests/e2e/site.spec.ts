import { expect, test } from '@playwright/test';
import { readAnalyses } from '../support/analysis-data';
import { listBuiltPages } from '../support/built-pages';
import { recordForeignRequests } from './helpers';

const analyses = readAnalyses();
const [first] = analyses;
if (!first) throw new Error('content/analyses holds no analysis to test');

test('the index lists every analysis and links to it', async ({ page }) => {
  await page.goto('/');
  for (const analysis of analyses) {
    await expect(page.getByRole('link', { name: analysis.title })).toHaveAttribute(
      'href',
      `/analyses/${analysis.slug}/`,
    );
  }
  await page.getByRole('link', { name: first.title }).click();
  await expect(page).toHaveURL(`/analyses/${first.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
});

test.describe('the article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/analyses/${first.slug}/`);
  });

  test('shows its sections tagged by entity, with short readable ids', async ({ page }) => {
    await expect(page.locator('section#iran')).toHaveAttribute('data-entity', 'iran');
    await expect(page.locator('section#pakistan')).toHaveAttribute('data-entity', 'pakistan');
    await expect(page.locator('section#opening')).toHaveAttribute('data-entity', 'afghanistan');
    await expect(page.locator('section#conclusion')).toHaveAttribute('data-entity', 'iran pakistan');
    await expect(page.locator('section#iran').getByRole('heading', { level: 2 })).not.toContainText('Link to');
  });

  test('every passage that an event names is on the page, once, with its entities', async ({ page }) => {
    for (const passage of new Set(first.events.map((event) => event.passage))) {
      const element = page.locator(`[id="${passage}"]`);
      await expect(element, passage).toHaveCount(1);
      await expect(element).toHaveAttribute('data-passage', passage);
      await expect(element).toHaveAttribute('data-entities', /^[a-z]+( [a-z]+)*$/);
    }
  });

  test('the whole text is there, in order, whether or not JavaScript runs', async ({ page }) => {
    const text = (await page.locator('.article-body').innerText()).replace(/\s+/g, ' ');
    let from = 0;
    for (const paragraph of first.paragraphs) {
      const at = text.indexOf(paragraph, from);
      expect(at, `paragraph missing or out of order: ${paragraph.slice(0, 60)}…`).toBeGreaterThanOrEqual(from);
      from = at + paragraph.length;
    }
  });

  test('pull quotes are shown but not read out a second time', async ({ page }) => {
    const quotes = page.locator('.pull-quote');
    expect(await quotes.count()).toBeGreaterThanOrEqual(2);
    for (const quote of await quotes.all()) {
      await expect(quote).toBeVisible();
      await expect(quote).toHaveAttribute('aria-hidden', 'true');
      await expect(quote.locator('blockquote')).toHaveCount(1);
    }
  });

  test('a section’s heading link opens that section', async ({ page }) => {
    await page
      .locator('section#pakistan')
      .getByRole('link', { name: /^Link to the section/ })
      .click();
    await expect(page).toHaveURL(/#pakistan$/);
    await expect(page.locator('section#pakistan h2')).toBeInViewport();
  });
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/analyses/no-such-analysis/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // Served at whatever address was asked for, it claims none as its own and stays out of search.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.getByRole('link', { name: 'See all analyses' }).click();
  await expect(page).toHaveURL('/');
});

test('no page asks anything of another origin', async ({ page, baseURL, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  const foreign = recordForeignRequests(page, baseURL!);
  const paths = [...listBuiltPages().map((built) => built.path), '/missing/'];
  for (const path of paths) {
    await page.goto(path);
    // A share page sends the reader on to its passage: follow it there.
    if (path.includes('/share/')) await page.waitForURL(/\/analyses\/[^/]+\/#/);
    await page.waitForLoadState('load');
    // With script, the island fetches its code when the browser is idle: wait until it has.
    if (javaScriptEnabled)
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  }
  console.log(`${paths.length} pages loaded, ${foreign.length} foreign requests`);
  expect(paths.length).toBeGreaterThan(20);
  expect(foreign).toEqual([]);
});

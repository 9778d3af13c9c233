import { readFileSync } from 'node:fs';
import { expect, test } from './reader';
import { readAnalyses, readParagraphs } from '../support/analysis-data';
import { ASCII_DIGIT, EDITIONS, ENGLISH, TRANSLATED } from './editions';
import { pageForReaders } from './helpers';

const analyses = readAnalyses();
const [first] = analyses;
if (!first) throw new Error('content/analyses holds no analysis to test');

for (const edition of EDITIONS) {
  test(`${edition.name}: the home page lists every analysis, each linking to its page in the same edition`, async ({
    page,
  }) => {
    await page.goto(edition.home);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.words.site.homeHeading);
    const links = page.getByRole('list', { name: edition.words.site.homeList }).getByRole('heading').getByRole('link');
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toEqual(
      analyses.map(({ slug }) => edition.article(slug)),
    );
    if (edition.dir === 'rtl') {
      for (const date of await page.locator('main time').allInnerTexts()) expect(date).not.toMatch(ASCII_DIGIT);
    }
    const title = await links.first().innerText();
    if (edition === ENGLISH) expect(title).toBe(first.title);
    await links.first().click();
    await expect(page).toHaveURL(edition.article(first.slug));
    await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
}

// Read on one load; the one test that clicks comes last.
test.describe('the article', () => {
  const reading = pageForReaders(`/analyses/${first.slug}/`);

  test('shows its sections tagged by entity, with short readable ids', async () => {
    const page = reading();
    await expect(page.locator('section#iran')).toHaveAttribute('data-entity', 'iran');
    await expect(page.locator('section#pakistan')).toHaveAttribute('data-entity', 'pakistan');
    await expect(page.locator('section#opening')).toHaveAttribute('data-entity', 'afghanistan');
    await expect(page.locator('section#conclusion')).toHaveAttribute('data-entity', 'iran pakistan');
    await expect(page.locator('section#iran').getByRole('heading', { level: 2 })).not.toContainText('Link to');
    // The original follows nothing.
    await expect(page.locator('.translation-follows')).toHaveCount(0);
  });

  test('every passage that an event names is on the page, once, with its entities', async () => {
    const page = reading();
    for (const passage of new Set(first.events.map((event) => event.passage))) {
      const element = page.locator(`[id="${passage}"]`);
      await expect(element, passage).toHaveCount(1);
      await expect(element).toHaveAttribute('data-passage', passage);
      await expect(element).toHaveAttribute('data-entities', /^[a-z]+( [a-z]+)*$/);
    }
  });

  test('the whole text is there, in order, whether or not JavaScript runs', { tag: '@no-js' }, async () => {
    const page = reading();
    const text = (await page.locator('.article-body').innerText()).replace(/\s+/g, ' ');
    let from = 0;
    for (const paragraph of first.paragraphs) {
      const at = text.indexOf(paragraph, from);
      expect(at, `paragraph missing or out of order: ${paragraph.slice(0, 60)}…`).toBeGreaterThanOrEqual(from);
      from = at + paragraph.length;
    }
  });

  test('pull quotes are shown but not read out a second time', async () => {
    const page = reading();
    const quotes = page.locator('.pull-quote');
    expect(await quotes.count()).toBeGreaterThanOrEqual(2);
    for (const quote of await quotes.all()) {
      await expect(quote).toBeVisible();
      await expect(quote).toHaveAttribute('aria-hidden', 'true');
      await expect(quote.locator('blockquote')).toHaveCount(1);
    }
  });

  test('a section’s heading link opens that section', { tag: ['@no-js', '@timing'] }, async () => {
    const page = reading();
    await page
      .locator('section#pakistan')
      .getByRole('link', { name: /^Link to the section/ })
      .click();
    await expect(page).toHaveURL(/#pakistan$/);
    await expect(page.locator('section#pakistan h2')).toBeInViewport();
  });
});

test.describe('the translations', () => {
  for (const edition of TRANSLATED) {
    test(`${edition.name}: the article shares every section, passage and event id with the English, says which English it follows, and shows the whole translation in order`, async ({
      page,
    }) => {
      await page.goto(edition.article(first.slug));
      for (const [id, entity] of [
        ['iran', 'iran'],
        ['pakistan', 'pakistan'],
        ['opening', 'afghanistan'],
        ['conclusion', 'iran pakistan'],
      ] as const)
        await expect(page.locator(`section#${id}`)).toHaveAttribute('data-entity', entity);
      const ids = [...new Set(first.events.flatMap((event) => [event.passage, event.id]))];
      const found = await page.evaluate(
        (ids) =>
          ids.map((id) => [...document.querySelectorAll(`[id="${id}"]`)].map((e) => e.getAttribute('data-passage'))),
        ids,
      );
      const passages = new Set(first.events.map((event) => event.passage));
      expect(Object.fromEntries(ids.map((id, i) => [id, found[i]]))).toEqual(
        Object.fromEntries(ids.map((id) => [id, [passages.has(id) ? id : null]])),
      );

      // Under the byline: the English version the translation follows, and a way to it.
      const follows = page.locator('article header p.translation-follows');
      await expect(follows).toBeVisible();
      await expect(follows.locator('a[hreflang="en"]')).toHaveAttribute('href', ENGLISH.article(first.slug));
      await expect(follows.locator('a[hreflang="en"]')).toHaveText(edition.words.article.readEnglish);
      // No passage's English has changed since it was translated.
      await expect(page.locator('.stale-note')).toHaveCount(0);

      const source = readFileSync(`content/editions/${edition.code}/${first.slug}.mdx`, 'utf8');
      const paragraphs = readParagraphs(source.replace(/^---\n[\s\S]*?\n---\n/, ''));
      expect(paragraphs.length).toBeGreaterThan(10);
      const text = (await page.locator('.article-body').innerText()).replace(/\s+/g, ' ');
      let from = 0;
      for (const paragraph of paragraphs) {
        const at = text.indexOf(paragraph, from);
        expect(at, `paragraph missing or out of order: ${paragraph.slice(0, 60)}…`).toBeGreaterThanOrEqual(from);
        from = at + paragraph.length;
      }

      const heading = await page.locator('section#pakistan h2').innerText();
      await page
        .locator('section#pakistan')
        .getByRole('link', { name: edition.words.article.linkToSection(heading) })
        .click();
      await expect(page).toHaveURL(/#pakistan$/);
      await expect(page.locator('section#pakistan h2')).toBeInViewport();
    });
  }
});

for (const edition of EDITIONS) {
  test(`${edition.name}: an unknown address under ${edition.home} answers 404 with a way back to the edition’s home`, async ({
    page,
  }) => {
    const response = await page.goto(`${edition.prefix}/analyses/no-such-analysis/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ENGLISH.words.site.notFound);
    // Served at whatever address was asked for, it claims none as its own and stays out of search.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    // It says so in every edition's words, each in its own language and direction.
    const own = page.locator(`section[lang="${edition.lang}"]`);
    await expect(own).toHaveAttribute('dir', edition.dir);
    await expect(own.getByRole('heading')).toHaveText(edition.words.site.notFound);
    await own.getByRole('link', { name: edition.words.site.backHome }).click();
    await expect(page).toHaveURL(edition.home);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
  });
}

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './reader';
import { BOTH_DIRECTIONS, DARI, EDITIONS, ENGLISH, SLUG } from './editions';
import { expectNoAxeViolations, findAxeViolations, openArticle } from './helpers';

// axe runs inside the page, so these run in the JavaScript projects only; the markup a reader
// without JavaScript gets is the same HTML. Every edition, in both schemes: several states of one
// page are checked on one load, since loading is what takes the time.
const SCHEMES = ['light', 'dark'] as const;

/** Checks the page in each scheme, as it is: the scheme changes without a reload. */
async function expectNoViolationsInEitherScheme(page: Page) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
}

test('axe, as these tests run it, finds what a reader would meet: an image without words, faint text', async ({
  page,
}) => {
  await page.setContent(
    '<!doctype html><html lang="en"><title>Broken</title><main><h1>Broken</h1><img src="/favicon.svg"><p style="color:#999;background:#aaa">Faint</p></main></html>',
  );
  const found = await findAxeViolations(page);
  expect(found.map((violation) => violation.id).sort()).toEqual(['color-contrast', 'image-alt']);
});

test('the page not found, which speaks every edition’s language, has no WCAG 2.2 A or AA violations, light or dark', async ({
  page,
}) => {
  await page.goto('/missing-page/');
  await expectNoViolationsInEitherScheme(page);
});

for (const edition of EDITIONS) {
  // Every edition on the desktop; on a phone, whose layout is the same in every edition of one
  // direction, one each way.
  const phone = BOTH_DIRECTIONS.includes(edition) ? ['@phone'] : [];
  test.describe(edition.name, () => {
    test(`the home page ${edition.home} has no violations, light or dark`, { tag: phone }, async ({ page }) => {
      await page.goto(edition.home);
      await expectNoViolationsInEitherScheme(page);
    });

    test(
      'the article has no violations, light or dark: before the reader reaches for the map, and with the map awake, landed on a deep link with a filter on and a marker’s events open',
      { tag: phone },
      async ({ page }) => {
        // Four passes of axe over the longest page: on a loaded machine, more than the usual budget.
        test.slow();
        const article = edition.article(SLUG);
        await page.goto(article);
        await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
        await expectNoViolationsInEitherScheme(page);

        // Landed on a deep link with a filter on, the map woken, then a marker's list of events
        // opened over the map: the filter and the landing stay, so one check in each scheme reads
        // all three.
        await openArticle(page, `${article}?entity=iran#kunar-rocket-exchange`);
        await page.locator('#map-marker-kabul').click();
        await page.getByRole('dialog').waitFor();
        await expectNoViolationsInEitherScheme(page);
      },
    );

    test('the whole log of the analysis, its earlier wording quoted, has no violations, light or dark', async ({
      page,
    }) => {
      await page.goto(`${edition.article(SLUG)}corrections/`);
      await expectNoViolationsInEitherScheme(page);
    });

    test('a share page, held before it sends the reader on, has no violations in either scheme', async ({ page }) => {
      const path = `${edition.article(SLUG)}share/kunar-rocket-exchange/`;
      // The page redirects at once; served here without its refresh, so that axe can read it.
      const html = readFileSync(`dist${path}index.html`, 'utf8').replace(/<meta http-equiv="refresh"[^>]*>/, '');
      await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await page.goto(path);
      await page.locator(`main a[href="${edition.article(SLUG)}#kunar-rocket-exchange"]`).waitFor();
      await expectNoViolationsInEitherScheme(page);
    });
  });
}

// The pages that span analyses share their parts: an actor's and a relation's page, left to right
// and right to left, stand for them all.
for (const edition of [ENGLISH, DARI]) {
  test(`${edition.name}: an actor’s page and a relation’s page have no violations, light or dark`, async ({ page }) => {
    for (const path of [edition.actor('pakistan'), edition.relation('afghanistan--pakistan')]) {
      await page.goto(path);
      await expectNoViolationsInEitherScheme(page);
    }
  });
}

import { expect, test } from '@playwright/test';
import { measurePageWeight, type PageWeight } from '../../scripts/bench/page-weight.mjs';
import { readAnalyses } from '../support/analysis-data';
import { EDITIONS } from './editions';

// Byte budgets for a reader's first visit, in gzip bytes (1 KB = 1,000 bytes), measured in the
// browser: everything the page fetches. The map's own budget is read from the built file
// (tests/published/budget.test.ts). Every edition is held to the same budgets; a right-to-left
// edition also fetches its Naskh type, which the font budget holds.
const KB = 1000;
const PAGE_BUDGETS = { html: 45 * KB, css: 15 * KB, js: 80 * KB, font: 30 * KB, total: 150 * KB };
const NASKH = ['/fonts/naskh-400.woff2', '/fonts/naskh-700.woff2'];

for (const edition of EDITIONS) {
  for (const { slug } of readAnalyses()) {
    const path = edition.article(slug);
    test.describe(`a first visit to ${path}`, () => {
      // One measurement, read by both tests: what is fetched, and how much of it.
      test.describe.configure({ mode: 'serial' });
      let weight: PageWeight;
      test.beforeAll(async ({ browser }) => {
        const page = await browser.newPage();
        weight = await measurePageWeight(page, path);
        await page.close();
        const figures = { ...weight.byKind, total: weight.total };
        const lines = Object.entries(PAGE_BUDGETS).map(
          ([kind, budget]) =>
            `${kind.padEnd(6)} ${(figures[kind as keyof typeof figures] / KB).toFixed(1).padStart(6)} KB of ${budget / KB} KB`,
        );
        console.log(`first visit to ${path}, gzip:\n${lines.join('\n')}`);
      });

      test(`fetches the page, its style and script, ${edition.dir === 'rtl' ? 'both weights of its Naskh type' : 'no font'} and the icon, and nothing else`, () => {
        expect(weight.byKind.html, 'the page itself was measured').toBeGreaterThan(10 * KB);
        expect(weight.byKind.js, 'the island’s script was measured').toBeGreaterThan(10 * KB);
        const rtl = edition.dir === 'rtl';
        const fonts = weight.entries
          .filter((entry) => entry.kind === 'font')
          .map((entry) => new URL(entry.url).pathname);
        expect(fonts.sort(), rtl ? 'both weights of the type, once each' : 'no font').toEqual(rtl ? NASKH : []);
        if (rtl) expect(weight.byKind.font, 'the type was measured').toBeGreaterThan(1 * KB);
        const extras = weight.entries.filter((entry) => !['html', 'css', 'js', 'font'].includes(entry.kind));
        expect(
          extras.map((entry) => new URL(entry.url).pathname),
          'nothing else is fetched but the icon',
        ).toEqual(['/favicon.svg']);
      });

      test('stays within every byte budget: HTML, CSS, JS, fonts and the total', () => {
        const figures = { ...weight.byKind, total: weight.total };
        for (const [kind, budget] of Object.entries(PAGE_BUDGETS)) {
          expect
            .soft(figures[kind as keyof typeof figures], `${kind} within ${budget / KB} KB`)
            .toBeLessThanOrEqual(budget);
        }
      });
    });
  }
}

// The home page: the atlas and the list grow with the site, the map's markers and list of places
// do not (lib/geo/gather-places.ts). Its only script is the filter's, inline.
for (const edition of EDITIONS) {
  test(`a first visit to the home page ${edition.home} stays within every byte budget`, async ({ page }) => {
    const weight = await measurePageWeight(page, edition.home);
    const figures = { ...weight.byKind, total: weight.total };
    console.log(`first visit to ${edition.home}, gzip: ${JSON.stringify(figures)}`);
    expect(weight.byKind.html, 'the page itself was measured').toBeGreaterThan(5 * KB);
    for (const [kind, budget] of Object.entries(PAGE_BUDGETS)) {
      expect
        .soft(figures[kind as keyof typeof figures], `${kind} within ${budget / KB} KB`)
        .toBeLessThanOrEqual(budget);
    }
  });
}

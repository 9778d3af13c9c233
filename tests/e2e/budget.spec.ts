import { expect, test } from '@playwright/test';
import { measurePageWeight, type PageWeight } from '../../scripts/bench/page-weight.mjs';
import { readAnalyses } from '../support/analysis-data';
import { KB, PAGE_BUDGETS } from '../support/page-budgets';
import { BOTH_DIRECTIONS, EDITIONS } from './editions';

// A reader's first visit against the byte budgets (tests/support/page-budgets.ts), measured in the
// browser: everything the page fetches. The map's own budget and every built page's HTML are read
// from the built files (tests/published/budget.test.ts). Every edition is held to the same budgets;
// a right-to-left edition also fetches its Naskh type, which the font budget holds.
//
// The service worker that keeps the page for reading offline is allowed here, as a reader's
// browser allows it: what the page asks for counts whether the worker answers it or not. What the
// worker fetches on its own, to keep the page and its files, is not counted.
test.use({ serviceWorkers: 'allow' });

const NASKH = ['/fonts/naskh-400.woff2', '/fonts/naskh-700.woff2'];

/**
 * One first visit to `path`, measured once and printed against the budgets, then read by two
 * tests: what is fetched (`fetches`, named by `what`), and that every figure keeps its budget.
 */
function describeFirstVisit(path: string, what: string, fetches: (weight: PageWeight) => void) {
  test.describe(`a first visit to ${path}`, () => {
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

    test(what, () => fetches(weight));

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

/** Its type is the edition's: both weights of the Naskh for right to left, no font for the English; and the icon, nothing else. */
function expectTypeAndIcon(weight: PageWeight, rtl: boolean) {
  const fonts = weight.entries.filter((entry) => entry.kind === 'font').map((entry) => new URL(entry.url).pathname);
  expect(fonts.sort(), rtl ? 'both weights of the type, once each' : 'no font').toEqual(rtl ? NASKH : []);
  if (rtl) expect(weight.byKind.font, 'the type was measured').toBeGreaterThan(1 * KB);
  const extras = weight.entries.filter((entry) => !['html', 'css', 'js', 'font'].includes(entry.kind));
  expect(
    extras.map((entry) => new URL(entry.url).pathname),
    'nothing else is fetched but the icon',
  ).toEqual(['/favicon.svg']);
}

for (const edition of EDITIONS) {
  const rtl = edition.dir === 'rtl';
  const type = rtl ? 'both weights of its Naskh type' : 'no font';
  for (const { slug } of readAnalyses()) {
    describeFirstVisit(
      edition.article(slug),
      `fetches the page, its style and script, ${type} and the icon, and nothing else`,
      (weight) => {
        expect(weight.byKind.html, 'the page itself was measured').toBeGreaterThan(10 * KB);
        expect(weight.byKind.js, 'the island’s script was measured').toBeGreaterThan(10 * KB);
        expectTypeAndIcon(weight, rtl);
      },
    );
  }
}

// The pages that span analyses: a map and lists, and no island. Their code is one for every
// edition, so one edition of each direction shows what they fetch; every edition's HTML for them
// is held to its budget in the built files.
for (const edition of BOTH_DIRECTIONS) {
  const rtl = edition.dir === 'rtl';
  const type = rtl ? 'both weights of its Naskh type' : 'no font';
  for (const path of [edition.actor('pakistan'), edition.relation('afghanistan--pakistan')]) {
    describeFirstVisit(path, `fetches the page, its style, ${type} and the icon, and no island`, (weight) => {
      expect(weight.byKind.html, 'the page itself was measured').toBeGreaterThan(5 * KB);
      expect(weight.byKind.js, 'only the page’s small scripts').toBeLessThan(5 * KB);
      expectTypeAndIcon(weight, rtl);
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

import { expect, test } from '@playwright/test';
import { measureFirstVisit, type PageWeight } from '../../scripts/bench/page-weight.mjs';
import { readAnalyses } from '../support/analysis-data';
import { BEFORE_INTENT, KB, PAGE_BUDGETS } from '../support/page-budgets';
import { EDITIONS } from './editions';

// A reader's first visit against the byte budgets (tests/support/page-budgets.ts), measured in the
// browser: everything the page fetches before the reader does anything, and, on an article, once
// the reader has reached for the map and its island has woken. The map's own budget and every
// built page's HTML are read from the built files (tests/published/budget.test.ts). Every edition
// is held to the same budgets; a right-to-left edition also fetches its Naskh type, which counts.
//
// The service worker that keeps the page for reading offline is allowed here, as a reader's
// browser allows it: what the page asks for counts whether the worker answers it or not. What the
// worker fetches on its own, to keep the page and its files, is not counted.
test.use({ serviceWorkers: 'allow' });

const NASKH = ['/fonts/naskh-400.woff2', '/fonts/naskh-700.woff2'];

const inKB = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The visit's figures by type, and its total. */
const figuresOf = (weight: PageWeight) => ({ ...weight.byKind, total: weight.total });

/** The paths a visit fetched of one type. */
const fetchedOf = (weight: PageWeight, kind: string) =>
  weight.entries.filter((entry) => entry.kind === kind).map((entry) => new URL(entry.url).pathname);

/** Its type is the edition's: both weights of the Naskh for right to left, no font for the English; and the icon, nothing else. */
function expectTypeAndIcon(weight: PageWeight, rtl: boolean) {
  expect(fetchedOf(weight, 'font').sort(), rtl ? 'both weights of the type, once each' : 'no font').toEqual(
    rtl ? NASKH : [],
  );
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
    const path = edition.article(slug);
    test.describe(`a first visit to ${path}`, () => {
      test.describe.configure({ mode: 'serial' });
      let visit: { before: PageWeight; after: PageWeight };
      test.beforeAll(async ({ browser }) => {
        const page = await browser.newPage();
        visit = await measureFirstVisit(page, path);
        await page.close();
        const after = figuresOf(visit.after);
        const lines = Object.entries(PAGE_BUDGETS).map(
          ([kind, budget]) =>
            `${kind.padEnd(6)} ${inKB(after[kind as keyof typeof after]).padStart(9)} of ${inKB(budget)}`,
        );
        console.log(
          `first visit to ${path}, gzip: before the reader reaches for the map ${inKB(visit.before.total)} of ${inKB(BEFORE_INTENT.article)}; after:\n${lines.join('\n')}`,
        );
      });

      test(`before the reader reaches for the map: the page, its style, ${type} and the icon, no script file, within ${BEFORE_INTENT.article / KB} KB`, () => {
        const { before } = visit;
        expect(before.byKind.html, 'the page itself was measured').toBeGreaterThan(10 * KB);
        expect(fetchedOf(before, 'js'), 'no script is fetched until the reader reaches for the map').toEqual([]);
        expectTypeAndIcon(before, rtl);
        expect(before.total).toBeLessThanOrEqual(BEFORE_INTENT.article);
      });

      test('once the reader reaches for the map: its island’s script, and every byte budget kept', () => {
        const { after } = visit;
        expect(after.byKind.js, 'the island’s script was measured').toBeGreaterThan(10 * KB);
        expectTypeAndIcon(after, rtl);
        const figures = figuresOf(after);
        for (const [kind, budget] of Object.entries(PAGE_BUDGETS)) {
          expect
            .soft(figures[kind as keyof typeof figures], `${kind} within ${inKB(budget)}`)
            .toBeLessThanOrEqual(budget);
        }
      });
    });
  }
}

// The pages that span analyses (home, actor, relation) and the embed: a map and lists, and no
// island. Their code is one for every edition, but their words are each edition's.
for (const edition of EDITIONS) {
  const slug = readAnalyses()[0]!.slug;
  const pages = [
    edition.home,
    edition.actor('pakistan'),
    edition.relation('afghanistan--pakistan'),
    `${edition.prefix}/embed/${slug}/`,
  ];
  for (const path of pages) {
    test(`a first visit to ${path}: the page, its style and the icon, no font, no island, within ${BEFORE_INTENT.page / KB} KB`, async ({
      page,
    }) => {
      const { before, after } = await measureFirstVisit(page, path);
      console.log(`first visit to ${path}, gzip: ${inKB(before.total)} of ${inKB(BEFORE_INTENT.page)}`);
      expect(before.byKind.html, 'the page itself was measured').toBeGreaterThan(5 * KB);
      expect(before.byKind.js, 'only the page’s small scripts, in the page').toBe(0);
      expect(after.total, 'nothing waits for the reader').toBe(before.total);
      // The type is fetched on the first analysis a reader opens (ArabicType.astro).
      expectTypeAndIcon(before, false);
      expect(before.total).toBeLessThanOrEqual(BEFORE_INTENT.page);
    });
  }
}

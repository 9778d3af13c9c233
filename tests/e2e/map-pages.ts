import { type Page } from '@playwright/test';
import { DARI, ENGLISH, SLUG } from './editions';
import { FIXTURE_SITE, wakeTheMap } from './helpers';

// The maps the end-to-end tests read as a reader would: the site's own first analysis, in English
// and in Dari (its labels are other words, other widths, set right to left: one right-to-left
// edition stands for both, Pashto's labels being of the same script), and the Nordic fixture (a
// tall frame, towns on a border and close together) served beside it (playwright.config.ts,
// scripts/preview-fixture.mjs). Each with the words its controls are named in.
export const MAP_PAGES = [
  { name: 'the first analysis', url: ENGLISH.article(SLUG), words: ENGLISH.words },
  { name: 'the first analysis in Dari', url: DARI.article(SLUG), words: DARI.words },
  {
    name: 'the Nordic fixture',
    url: `${FIXTURE_SITE}/analyses/nordic-fixture/`,
    words: ENGLISH.words,
  },
];

/**
 * Opens a map page, reaches for the map and waits until its script has taken over (its filters
 * appear). Scrolling is instant, so that what a test measures stays where it was measured.
 */
export async function openMap(page: Page, url: string) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  await wakeTheMap(page);
}

/** Where on screen a reader aims at each symbol: a marker's centre, a callout arrow's middle. */
export function symbolCentres(page: Page) {
  return page.locator('svg.map-svg').evaluate((svg) => {
    const at = (element: SVGGraphicsElement, x: number, y: number) => {
      const point = new DOMPoint(x, y).matrixTransform(element.getScreenCTM()!);
      return { x: point.x, y: point.y };
    };
    return [
      ...[...svg.querySelectorAll<SVGGElement>('a.map-marker > g')].map((g) => ({
        id: g.parentElement!.id,
        ...at(g, 0, 0),
      })),
      // The arrow is drawn from its tip backwards (MapCallout); its middle is 6 units back.
      ...[...svg.querySelectorAll<SVGPathElement>('a.map-callout .callout-arrow')].map((arrow) => ({
        id: arrow.parentElement!.id,
        ...at(arrow, -6, 0),
      })),
    ];
  });
}

/** The smallest text on the map as the screen shows it: each visible text's size times the map's scale. */
export function smallestMapText(page: Page) {
  return page.locator('svg.map-svg').evaluate((svg: SVGSVGElement) => {
    const scale = svg.getScreenCTM()!.a;
    const sizes = [...svg.querySelectorAll('text, tspan')]
      .filter((text) => getComputedStyle(text).display !== 'none' && (text.textContent ?? '').trim())
      .filter((text) => !text.closest('[style*="display: none"]') && (text as SVGGraphicsElement).getBBox().width > 0)
      .map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
    return { smallest: Math.min(...sizes), count: sizes.length };
  });
}

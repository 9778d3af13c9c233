import { readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { FIXTURE_SITES } from '../../scripts/fixture-site.mjs';
import { expect, test } from './reader';
import { ENGLISH, SLUG } from './editions';
import { expectLandedOn, FIXTURE_SITE } from './helpers';
import { openMap } from './map-pages';

// Every link on every map a reader can open, followed as a reader follows it: a click where its
// symbol is drawn (a marker's middle, a point of a border's line, a callout's arrow), and for a
// place with several events each item of its list in turn. Each must land on its passage. The
// maps are the site's own and every analysis of the fixture sites, found on disk, so that a new
// region is tried the same way; at 1280×900 on the desktop and on the phone's 390×844.

const REGIONS = [
  { name: 'the first analysis', url: ENGLISH.article(SLUG) },
  ...FIXTURE_SITES.split('+').flatMap((site) =>
    readdirSync(`tests/fixtures/sites/${site}/content/analyses`)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => ({
        name: `the ${site} fixture`,
        url: `${FIXTURE_SITE}/analyses/${file.replace(/\.mdx$/, '')}/`,
      })),
  ),
];

/** Where on screen the reader aims at a link's symbol, once the map is in view; null if nowhere there reaches it. */
function aimAt(link: Locator) {
  return link.evaluate((a) => {
    const reaches = (x: number, y: number) =>
      x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y)?.closest('a') === a;
    const onScreen = (element: SVGGraphicsElement, x: number, y: number) => {
      const point = new DOMPoint(x, y).matrixTransform(element.getScreenCTM()!);
      return { x: point.x, y: point.y };
    };
    const candidates: { x: number; y: number }[] = [];
    const line = a.querySelector<SVGPathElement>('.border-line');
    const arrow = a.querySelector<SVGPathElement>('.callout-arrow');
    if (line) {
      const length = line.getTotalLength();
      for (const share of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
        const { x, y } = line.getPointAtLength(length * share);
        candidates.push(onScreen(line, x, y));
      }
    } else if (arrow) {
      // The arrow is drawn from its tip backwards (MapCallout); its middle is 6 units back.
      candidates.push(onScreen(arrow, -6, 0));
    } else {
      candidates.push(onScreen(a.querySelector<SVGGElement>(':scope > g')!, 0, 0));
    }
    return candidates.find(({ x, y }) => reaches(x, y)) ?? null;
  });
}

/**
 * Brings the map into view with the link on screen, and clicks where its symbol is drawn. The
 * reader scrolls to it again while the page still moves: on a loaded machine the last landing's
 * own scroll to its passage can come after the first.
 */
async function clickSymbol(page: Page, anchor: string) {
  const link = page.locator(`[id="${anchor}"]`);
  await expect
    .poll(
      async () => {
        await link.evaluate((a) => a.scrollIntoView({ block: 'center', inline: 'center' }));
        return aimAt(link);
      },
      { message: `${anchor} can be reached where it is drawn` },
    )
    .not.toBeNull();
  const { x, y } = (await aimAt(link))!;
  await page.mouse.click(x, y);
}

for (const region of REGIONS) {
  test(
    `every link of ${region.name}’s map, and every item of its lists, lands on its passage`,
    { tag: '@phone' },
    async ({ page }, { project }) => {
      if (!project.name.startsWith('phone')) await page.setViewportSize({ width: 1280, height: 900 });
      await openMap(page, region.url);
      const links = await page
        .locator('svg.map-svg a')
        .evaluateAll((as) =>
          as.map((a) => ({ anchor: a.id, href: a.getAttribute('href')!, grouped: a.hasAttribute('data-events') })),
        );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        if (!link.grouped) {
          await clickSymbol(page, link.anchor);
          await expectLandedOn(page, link.href.slice(1));
          continue;
        }
        await clickSymbol(page, link.anchor);
        const items = page.getByRole('dialog').getByRole('link');
        const count = await items.count();
        expect(count, `${link.anchor} lists its events`).toBeGreaterThan(1);
        for (let item = 0; item < count; item++) {
          if (item > 0) await clickSymbol(page, link.anchor);
          const target = items.nth(item);
          await expect(target).toBeInViewport();
          const passage = (await target.getAttribute('href'))!.slice(1);
          await target.click();
          await expectLandedOn(page, passage);
        }
      }
    },
  );
}

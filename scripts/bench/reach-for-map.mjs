// A reader reaching for the map, as the page's `client:intent` island waits for (src/lib/sync/intent.ts):
// the pointer comes from elsewhere on the screen to rest over a part of the map or of its tools
// that is on screen and is not itself a link, so that nothing is hovered, pressed or focused but
// what a reader would pass over. Only when nothing of them is on screen is the map scrolled into
// view first, as a reader would scroll to it.
import { MAP_TOOLS } from '../../src/lib/sync/intent.ts';

/** @typedef {{ x: number, y: number }} Point */

/**
 * Where on screen the pointer can rest over one of the map's tools, away from any link or button,
 * and a place away from them all to come from; null when none of them is on screen.
 * @param {string} tools
 * @returns {{ from: Point, to: Point } | null}
 */
function restingSpot(tools) {
  /** @type {Point} */
  let from = { x: 1, y: 1 };
  for (let y = 1; y < innerHeight; y += 40) {
    if (!document.elementFromPoint(innerWidth / 2, y)?.closest(tools)) {
      from = { x: innerWidth / 2, y };
      break;
    }
  }
  for (const element of document.querySelectorAll(tools)) {
    const box = element.getBoundingClientRect();
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, innerWidth);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    if (right - left < 2 || bottom - top < 2) continue;
    /** @type {Point | null} */
    let onALink = null;
    for (let row = 1; row < 8; row++) {
      for (let column = 1; column < 8; column++) {
        const to = { x: left + ((right - left) * column) / 8, y: top + ((bottom - top) * row) / 8 };
        const under = document.elementFromPoint(to.x, to.y);
        if (!under?.closest(tools)) continue;
        if (!under.closest('a, button')) return { from, to };
        onALink ??= to;
      }
    }
    if (onALink) return { from, to: onALink };
  }
  return null;
}

/**
 * Moves the pointer over the map (or one of its tools) and waits until every island on the page
 * has woken. A page that has just landed on a passage may still be settling there: the pointer is
 * moved again until it rests on what it was aimed at.
 * @param {import('@playwright/test').Page} page
 */
export async function reachForTheMap(page) {
  for (let attempt = 0; ; attempt++) {
    let spot = await page.evaluate(restingSpot, MAP_TOOLS);
    if (!spot) {
      await page.locator('#map').scrollIntoViewIfNeeded();
      spot = await page.evaluate(restingSpot, MAP_TOOLS);
    }
    if (!spot) throw new Error(`nothing the reader could reach for (${MAP_TOOLS}) is on screen`);
    await page.mouse.move(spot.from.x, spot.from.y);
    await page.mouse.move(spot.to.x, spot.to.y, { steps: 2 });
    const over = await page.evaluate((tools) => document.querySelector(`:is(${tools}):hover`) !== null, MAP_TOOLS);
    if (over) break;
    if (attempt === 4) throw new Error(`the pointer, moved five times, never came to rest over ${MAP_TOOLS}`);
  }
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

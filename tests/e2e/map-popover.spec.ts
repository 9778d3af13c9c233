import { expect, test, type Page } from './reader';
import { EDITIONS, ENGLISH, SLUG, fill, type TestEdition } from './editions';
import { FIXTURE_SITE, expectLandedOn, findAxeViolationsIn, wakeTheMap } from './helpers';

// A grouped marker's popover, as a reader meets it: opened, then scrolled with its marker; opened
// from the keyboard far down the page; opened near the bottom of the map. On the first analysis in
// every edition and on the Nordic fixture's tall frame; on the desktop, a phone and the map docked
// on a phone.
const PAGES = [
  ...EDITIONS.map((edition) => ({
    name: `the first analysis in ${edition.name}`,
    url: edition.article(SLUG),
    edition,
  })),
  { name: 'the Nordic fixture', url: `${FIXTURE_SITE}/analyses/nordic-fixture/`, edition: ENGLISH },
];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The marker's ring, the open popover (if any) and the screen, as the reader sees them. */
function layout(page: Page, anchor: string) {
  return page.evaluate((id) => {
    const box = (element: Element | null | undefined): Box | null => {
      if (!element) return null;
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    return {
      ring: box(document.getElementById(id)?.querySelector('.marker-focus'))!,
      popover: box(document.querySelector('.map-popover')),
      screen: { width: document.documentElement.clientWidth, height: window.innerHeight },
    };
  }, anchor);
}
type Layout = Awaited<ReturnType<typeof layout>>;

function expectOnScreen({ popover, screen }: Layout, label: string) {
  expect(popover, label).not.toBeNull();
  const { left, top, right, bottom } = popover!;
  const off = [left < 0 && `left ${left}`, top < 0 && `top ${top}`, right > screen.width && `right ${right}`];
  expect([...off, bottom > screen.height && `bottom ${bottom}`].filter(Boolean), `${label}: off screen`).toEqual([]);
}

/** The popover is just above or just below its marker's ring, and reaches across its middle. */
function expectBesideMarker({ ring, popover }: Layout, label: string) {
  const gap = popover!.top >= ring.bottom ? popover!.top - ring.bottom : ring.top - popover!.bottom;
  expect(gap, `${label}: the gap between marker and popover`).toBeGreaterThanOrEqual(0);
  expect(gap, `${label}: the gap between marker and popover`).toBeLessThanOrEqual(16);
  const middle = (ring.left + ring.right) / 2;
  expect(popover!.left <= middle && middle <= popover!.right, `${label}: the popover reaches over its marker`).toBe(
    true,
  );
}

/** Waits until nothing that carries the map has scrolled for a few frames running. */
function scrollSettled(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const position = () =>
          [window.scrollY, ...[...document.querySelectorAll('#map, .map-figure')].map((e) => e.scrollTop)].join();
        let last = '';
        let still = 0;
        const frame = () => {
          const now = position();
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 3) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/**
 * Scrolls what carries the map by `by` pixels, at once: the docked map's own window where it
 * scrolls, else the page. The browser moves what it anchors at the next frame.
 */
async function scrollMap(page: Page, by: number) {
  await page.evaluate((by) => {
    const docked = document.querySelector<HTMLElement>('.map-column.is-docked .map-figure');
    const scroller = docked && docked.scrollHeight > docked.clientHeight ? docked : document.scrollingElement!;
    scroller.scrollBy({ top: by, behavior: 'instant' });
  }, by);
  await scrollSettled(page);
}

/** Presses at the middle of a marker's ring, as a reader aims at it. */
async function pressMarker(page: Page, anchor: string) {
  const { ring } = await layout(page, anchor);
  await page.mouse.click((ring.left + ring.right) / 2, (ring.top + ring.bottom) / 2);
}

async function walkThePopover(page: Page, url: string, edition: TestEdition, docked: boolean) {
  const { words } = edition;
  await page.goto(url);
  await wakeTheMap(page);
  if (docked) {
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight / 2, behavior: 'instant' }));
    await page.getByRole('button', { name: words.sync.showMap }).click();
    await expect(page.locator('.map-column.is-docked')).toBeVisible();
  }
  const groups = page.locator('svg.map-svg a[data-events]');
  const anchor = (await groups.first().getAttribute('id'))!;
  const marker = page.locator(`[id="${anchor}"]`);
  const popover = page.locator('.map-popover');
  const links = popover.getByRole('link');
  /** Enter on the focused marker: the popover opens with its first event focused, once the map has stopped scrolling. */
  const openFromMarker = async () => {
    await page.keyboard.press('Enter');
    await expect(links.first()).toBeFocused();
    await scrollSettled(page);
  };

  await test.step('opened, then scrolled: the popover moves with its marker and stays on screen', async () => {
    // From the top of the map, or as much of it as is on screen.
    await marker.locator('.marker-focus').evaluate((ring) => {
      ring.closest('figure')!.scrollTop = 0;
      ring.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    });
    await pressMarker(page, anchor);
    const place = (await popover.locator('.map-popover-title').textContent())!;
    await expect(page.getByRole('dialog', { name: fill(words.sync.eventsAt, { place }) })).toBeVisible();
    await expect(links.first()).toBeFocused();
    await expect(marker).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
    // Read right after the map, its events as a list, in the page's direction from its start.
    await expect(page.locator('svg.map-svg + .map-popover-host > .map-popover ul > li')).toHaveCount(
      (await marker.getAttribute('data-events'))!.split(' ').length,
    );
    const [start, text] = await popover.evaluate((box) => {
      const rtl = getComputedStyle(box).direction === 'rtl';
      const edge = (e: Element) => e.getBoundingClientRect()[rtl ? 'right' : 'left'] * (rtl ? -1 : 1);
      return [rtl ? 'rtl' : 'ltr', edge(box.querySelector('a')!) - edge(box)];
    });
    expect(start).toBe(edition.dir);
    expect(text, 'the events start at the side the page reads from').toBeLessThan(16);
    if (!docked) expect(await findAxeViolationsIn(page, 'figure.map-figure')).toEqual([]);

    // Shift+Tab leaves for the marker; Tab past the last event goes on to the map's next link.
    await page.keyboard.press('Shift+Tab');
    await expect(popover).toHaveCount(0);
    await expect(marker).toBeFocused();
    await expect(marker).toHaveAttribute('aria-expanded', 'false');
    await openFromMarker();
    const next = await marker.evaluate((a) => {
      const all = [...a.closest('svg')!.querySelectorAll('a[href]')];
      return all[all.indexOf(a) + 1]?.id ?? null;
    });
    for (let i = await links.count(); i > 0; i--) await page.keyboard.press('Tab');
    await expect(popover).toHaveCount(0);
    if (next) await expect(page.locator(`[id="${next}"]`)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(marker).toBeFocused();
    await openFromMarker();

    const before = await layout(page, anchor);
    expectOnScreen(before, 'opened');
    expectBesideMarker(before, 'opened');
    // As far as the popover can go on its side of the marker, up to 300 px: above it, short of the
    // screen's 8 px margin by as much again, since a popover with no room to spare turns below.
    const below = before.popover!.top >= before.ring.bottom;
    await scrollMap(page, Math.max(0, Math.min(300, below ? before.ring.top - 1 : before.popover!.top - 16)));
    const after = await layout(page, anchor);
    expectOnScreen(after, 'scrolled');
    const offset = (l: Layout) => [l.popover!.left - l.ring.left, l.popover!.top - l.ring.top];
    const [dx, dy] = offset(after).map((value, i) => Math.abs(value - offset(before)[i]!));
    expect(dx, 'the popover moved sideways against its marker').toBeLessThanOrEqual(1);
    expect(dy, 'the popover moved up or down against its marker').toBeLessThanOrEqual(1);

    // Scrolled away with its marker, it closes, and focus waits on the marker.
    await scrollMap(page, after.ring.bottom + 1);
    if ((await layout(page, anchor)).ring.bottom <= 0) {
      await expect(popover).toHaveCount(0);
      await expect(marker).toBeFocused();
    } else {
      // Where the map stays put as the text scrolls (beside it, or docked), so does the popover.
      expectOnScreen(await layout(page, anchor), 'the text scrolled under the map');
      await page.keyboard.press('Escape');
      await expect(popover).toHaveCount(0);
      await expect(marker).toBeFocused();
    }
  });

  await test.step('opened from the keyboard far down the page: beside its marker, every event reached', async () => {
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    await marker.focus();
    await openFromMarker();
    const opened = await layout(page, anchor);
    expectOnScreen(opened, 'opened from afar');
    expectBesideMarker(opened, 'opened from afar');
    const count = await links.count();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab');
      await expect(links.nth(i)).toBeFocused();
      await expect(links.nth(i)).toBeInViewport();
    }
    const passage = (await links.nth(count - 1).getAttribute('href'))!.slice(1);
    await page.keyboard.press('Enter');
    await expectLandedOn(page, passage);
    await expect(popover).toHaveCount(0);
  });

  await test.step('the group nearest the bottom of the map opens on screen, every event within reach', async () => {
    // The landing on the passage may still be scrolling the page.
    await scrollSettled(page);
    const lowest = await groups.evaluateAll(
      (all) =>
        all
          .map((a) => ({ id: a.id, y: a.querySelector('.marker-focus')!.getBoundingClientRect().bottom }))
          .sort((a, b) => b.y - a.y)
          .at(0)!.id,
    );
    // The map's bottom edge at the screen's bottom edge, or as near as it goes.
    await page.evaluate(() => {
      const docked = document.querySelector<HTMLElement>('.map-column.is-docked .map-figure');
      if (docked) docked.scrollTop = docked.scrollHeight;
      const bottom = document.querySelector('svg.map-svg')!.getBoundingClientRect().bottom;
      if (!docked) window.scrollBy({ top: bottom - window.innerHeight, behavior: 'instant' });
    });
    await scrollSettled(page);
    await pressMarker(page, lowest);
    await expect(links.first()).toBeFocused();
    await scrollSettled(page);
    const opened = await layout(page, lowest);
    expectOnScreen(opened, 'near the bottom');
    expectBesideMarker(opened, 'near the bottom');
    for (const link of await links.all()) await link.click({ trial: true });
    // A press on nothing in particular, outside it, closes it.
    const outside = await page.evaluate(() => {
      for (let y = 10; y < window.innerHeight; y += 20)
        for (let x = 10; x < window.innerWidth; x += 20) {
          const hit = document.elementFromPoint(x, y);
          if (hit && !hit.closest('svg, .map-popover, a, button, input, summary')) return { x, y };
        }
      return null;
    });
    await page.mouse.click(outside!.x, outside!.y);
    await expect(popover).toHaveCount(0);
  });
}

for (const { name, url, edition } of PAGES) {
  test.describe(name, () => {
    test(
      'a grouped marker’s popover stays with its marker, on screen and within reach',
      { tag: '@phone' },
      async ({ page }) => {
        await walkThePopover(page, url, edition, false);
      },
    );

    test(
      'in the docked map, a grouped marker’s popover stays with its marker, on screen and within reach',
      {
        tag: '@phone-only',
      },
      async ({ page }) => {
        await walkThePopover(page, url, edition, true);
      },
    );
  });
}

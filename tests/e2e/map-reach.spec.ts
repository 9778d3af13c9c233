import { expect, test } from './reader';
import { MAP_PAGES, openMap, symbolCentres } from './map-pages';

// Every symbol on the map takes the pointer aimed at it, whatever lies near it (a border, a
// neighbour close by), with a mouse and with a finger, on both maps.
for (const { name, url } of MAP_PAGES) {
  test.describe(name, () => {
    test('a click at the centre of every symbol reaches its own link', { tag: '@phone' }, async ({ page }) => {
      await openMap(page, url);
      await page.locator('svg.map-svg').scrollIntoViewIfNeeded();
      const symbols = await symbolCentres(page);
      expect(symbols.length).toBeGreaterThan(5);
      const reached = await page.evaluate(
        (points) => points.map(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.id ?? null),
        symbols,
      );
      expect(reached).toEqual(symbols.map((symbol) => symbol.id));
    });

    test(
      'a tap 10 px from a symbol’s centre reaches it, and one within 20 px never lands on nothing',
      { tag: '@phone-only' },
      async ({ page }) => {
        await openMap(page, url);
        await page.locator('svg.map-svg').evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
        // Every tap's click is noted and stopped, so that the page stays where it is for the next.
        await page.evaluate(() => {
          const taps: (string | null)[] = [];
          Object.assign(window, { taps });
          window.addEventListener(
            'click',
            (event) => {
              taps.push((event.target as Element).closest('a')?.id ?? null);
              event.preventDefault();
              event.stopImmediatePropagation();
            },
            true,
          );
        });
        const map = (await page.locator('svg.map-svg').boundingBox())!;
        const viewport = page.viewportSize()!;
        // Inside the map as drawn, clear of its 1 px frame and on screen.
        const onMap = ({ x, y }: { x: number; y: number }) =>
          x > map.x + 2 &&
          x < map.x + map.width - 2 &&
          y > map.y + 2 &&
          y < Math.min(map.y + map.height - 2, viewport.height);
        const aims: { id: string; x: number; y: number; distance: number }[] = [];
        for (const symbol of await symbolCentres(page)) {
          for (const distance of [10, 15, 20]) {
            for (let k = 0; k < 8; k++) {
              const angle = (k * Math.PI) / 4;
              const aim = {
                id: symbol.id,
                distance,
                x: symbol.x + distance * Math.cos(angle),
                y: symbol.y + distance * Math.sin(angle),
              };
              if (onMap(aim)) aims.push(aim);
            }
          }
        }
        for (const aim of aims) await page.touchscreen.tap(aim.x, aim.y);
        const taps = await page.evaluate(() => (window as unknown as { taps: (string | null)[] }).taps);
        expect(taps).toHaveLength(aims.length);
        const wrong = aims.flatMap((aim, i) => {
          const got = taps[i];
          const ok = aim.distance === 10 ? got === aim.id : got !== null;
          return ok ? [] : [`${aim.distance} px from ${aim.id} at ${aim.x.toFixed(0)},${aim.y.toFixed(0)}: ${got}`];
        });
        expect(wrong).toEqual([]);
      },
    );
  });
}

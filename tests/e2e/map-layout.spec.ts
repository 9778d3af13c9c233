import { expect, test, type Page } from './reader';
import { MAP_PAGES, openMap, smallestMapText } from './map-pages';

// The map as laid out for each screen: its text legible in every layout and scheme, room taken
// on a wide screen, a docked map that keeps its scale, and a button that never covers it.
const TEXT_FLOOR = { desktop: 11, phone: 10 };

/** Scrolls to the middle of the article's text, as a reader deep in it. */
const readOn = (page: Page) =>
  page.evaluate(() => {
    const text = document.querySelector('.article-body')!.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + text.top + Math.max(0, (text.height - window.innerHeight) / 2));
  });

for (const { name, url, words } of MAP_PAGES) {
  test.describe(name, () => {
    test(
      'the map’s text is never under 11 px beside the text, nor 10 px on a phone, docked or not, light or dark',
      { tag: '@phone' },
      async ({ page, isMobile }) => {
        const floor = isMobile ? TEXT_FLOOR.phone : TEXT_FLOOR.desktop;
        const sizes: Record<string, number> = {};
        // Each layout in both schemes: the scheme changes without a reload, as a reader's does.
        const measure = async (layout: string) => {
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            const { smallest, count } = await smallestMapText(page);
            expect(count, `${layout}, ${colorScheme}`).toBeGreaterThan(5);
            sizes[`${layout}, ${colorScheme}`] = Math.round(smallest * 10) / 10;
          }
        };
        await openMap(page, url);
        if (isMobile) {
          // The project's phone, then the narrowest phone the map is read on.
          for (const width of [undefined, 360]) {
            const layout = width ? `phone ${width} px` : 'phone';
            if (width) {
              await page.setViewportSize({ width, height: 780 });
              await openMap(page, url);
            }
            await measure(layout);
            await readOn(page);
            await page.getByRole('button', { name: words.sync.showMap }).click();
            await expect(page.locator('#map')).toHaveClass(/is-docked/);
            await measure(`${layout}, docked`);
          }
        } else {
          for (const viewport of [
            { width: 1280, height: 800 },
            { width: 1024, height: 768 },
            { width: 1440, height: 900 },
            { width: 1920, height: 1080 },
          ]) {
            await page.setViewportSize(viewport);
            await measure(`${viewport.width}×${viewport.height}`);
          }
        }
        console.log(`${name}: smallest map text ${JSON.stringify(sizes)} px`);
        for (const [layout, size] of Object.entries(sizes)) expect(size, layout).toBeGreaterThanOrEqual(floor);
      },
    );

    test('on a wide screen the map takes at least 560 px, stays in view as the reader scrolls, and no margin is wider than it', async ({
      page,
    }) => {
      for (const viewport of [
        { width: 1440, height: 900 },
        { width: 2560, height: 1440 },
      ]) {
        await page.setViewportSize(viewport);
        await openMap(page, url);
        await readOn(page);
        const layout = await page.evaluate(() => {
          const map = document.querySelector('svg.map-svg')!.getBoundingClientRect();
          const column = document.getElementById('map')!.getBoundingClientRect();
          const article = document.querySelector('article')!.getBoundingClientRect();
          return { map, column, left: article.left, right: window.innerWidth - article.right };
        });
        const label = `${viewport.width}×${viewport.height}`;
        expect(layout.column.width, label).toBeGreaterThanOrEqual(560);
        expect(layout.map.width, label).toBeGreaterThanOrEqual(560);
        expect(layout.map.top, label).toBeGreaterThanOrEqual(0);
        expect(layout.map.bottom, label).toBeLessThanOrEqual(viewport.height);
        expect(Math.max(layout.left, layout.right), label).toBeLessThanOrEqual(layout.map.width);
      }
    });

    test(
      'on a phone the Show map button never covers the map, nor does Hide map once it is docked',
      { tag: '@phone-only' },
      async ({ page }) => {
        await openMap(page, url);
        const toggle = page.locator('.map-dock-toggle');
        const overlap = () =>
          page.evaluate(() => {
            const button = document.querySelector<HTMLElement>('.map-dock-toggle')!;
            if (button.hidden) return null;
            const a = button.getBoundingClientRect();
            // The map as it shows: docked, its figure is the window it scrolls in.
            const map = document.querySelector('svg.map-svg')!;
            const svg = map.getBoundingClientRect();
            const shown = map.parentElement!.getBoundingClientRect();
            const across = Math.min(a.right, svg.right, shown.right) - Math.max(a.left, svg.left, shown.left);
            const down =
              Math.min(a.bottom, svg.bottom, shown.bottom, window.innerHeight) - Math.max(a.top, svg.top, shown.top, 0);
            return across > 0 && down > 0;
          });
        const height = page.viewportSize()!.height;
        for (const y of [0, height / 2, height, 2 * height]) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await expect.poll(overlap, `scrolled to ${y}`).not.toBe(true);
        }
        await readOn(page);
        await expect(toggle).toBeVisible();
        await toggle.click();
        await expect(toggle).toHaveText(words.sync.hideMap);
        expect(await overlap()).toBe(false);
        const { map, width } = await page.evaluate(() => ({
          map: document.querySelector('svg.map-svg')!.getBoundingClientRect().width,
          width: window.innerWidth,
        }));
        expect(map, 'the docked map keeps the full width').toBeGreaterThanOrEqual(width - 1);
      },
    );

    test('no label crosses a border’s line, nor a river’s or lake’s name any water, as the browser draws them', async ({
      page,
    }) => {
      await openMap(page, url);
      const { crossings, waterNames } = await page.locator('svg.map-svg').evaluate((svg: SVGSVGElement) => {
        const lines = [...svg.querySelectorAll<SVGPathElement>('.border-line')];
        const water = [...svg.querySelectorAll<SVGPathElement>('.map-river, .map-lake')];
        // Drawn as wide as a current border, the widest it gets.
        for (const line of lines) line.style.strokeWidth = '4.5';
        const found: string[] = [];
        const labels = [...svg.querySelectorAll<SVGTextElement>('text.map-label')];
        for (const label of labels) {
          const box = label.getBBox();
          const kept = label.classList.contains('label-water') ? [...lines, ...water] : lines;
          for (let i = 0; i <= 8; i++) {
            for (let j = 0; j <= 4; j++) {
              const point = new DOMPoint(box.x + (box.width * i) / 8, box.y + (box.height * j) / 4);
              if (kept.some((line) => line.isPointInStroke(point)))
                found.push(`${label.textContent} at ${point.x.toFixed(1)},${point.y.toFixed(1)}`);
            }
          }
        }
        for (const line of lines) line.style.strokeWidth = '';
        return {
          crossings: found,
          waterNames: labels.filter((label) => label.classList.contains('label-water')).length,
        };
      });
      expect(waterNames, 'rivers and lakes named').toBeGreaterThan(0);
      expect(crossings).toEqual([]);
    });
  });
}

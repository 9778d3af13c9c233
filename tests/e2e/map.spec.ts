import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './reader';
import { readAnalyses } from '../support/analysis-data';
import { TRANSLATED } from './editions';
import { pageForReaders } from './helpers';

const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const ARTICLE = `/analyses/${analysis.slug}/`;
const MARKERS = 'a[data-event], a[data-events]';
const figure = (page: Page) => page.locator(`figure[data-map="${analysis.slug}"]`);

type DOMRectLike = { x: number; y: number; width: number; height: number };

/** Every label that overlaps another label or a marker's symbol, as the browser lays them out. */
async function labelOverlaps(page: Page) {
  // Both sets are measured in one go: the page's script may move the map as it loads.
  const { labels, symbols } = await page.locator('figure[data-map] svg.map-svg').evaluate((svg) => {
    const measure = (selector: string) =>
      [...svg.querySelectorAll(selector)].map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { text: element.textContent ?? '', box: { x, y, width, height } };
      });
    return {
      labels: measure('text.map-label, text.callout-label'),
      symbols: measure('.marker-symbol, .marker-approximate'),
    };
  });
  // Half a pixel of slack: glyph boxes shift by that much with font hinting at different scales.
  const overlap = (a: DOMRectLike, b: DOMRectLike) =>
    a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
  const overlaps: string[] = [];
  for (const label of labels) {
    for (const other of labels)
      if (other !== label && overlap(label.box, other.box)) overlaps.push(`${label.text} × ${other.text}`);
    for (const symbol of symbols) if (overlap(label.box, symbol.box)) overlaps.push(`${label.text} × marker`);
  }
  return { labels: labels.length, overlaps };
}

// What the map shows as the page loads, read on one load.
test.describe('English', () => {
  const reading = pageForReaders(ARTICLE);

  test('the map is a figure with one SVG, not an image, and a caption', async () => {
    const page = reading();
    await expect(figure(page)).toHaveCount(1);
    await expect(figure(page).locator('svg.map-svg')).toHaveCount(1);
    await expect(figure(page).locator('svg.map-svg')).not.toHaveAttribute('role', 'img');
    await expect(figure(page).locator('figcaption')).toContainText('Natural Earth');
    await expect(figure(page).locator('svg.map-svg')).toBeVisible();
  });

  test('Afghanistan, Iran and Pakistan are drawn as shapes named by their codes', async () => {
    const page = reading();
    for (const code of ['AFG', 'IRN', 'PAK']) {
      await expect(figure(page).locator(`path[data-country="${code}"]`)).toHaveCount(1);
    }
  });

  test('both borders are links to passages on the page, named for the reader', { tag: '@no-js' }, async () => {
    const page = reading();
    for (const [id, name] of [
      ['AFG-PAK', /Durand Line.*British Empire in the late 1800s/i],
      ['AFG-IRN', /Afghanistan–Iran border/],
    ] as const) {
      const border = figure(page).locator(`a[data-border="${id}"]`);
      await expect(border).toHaveAccessibleName(name);
      const href = await border.getAttribute('href');
      await expect(page.locator(`[id="${href!.slice(1)}"][data-passage]`)).toHaveCount(1);
    }
  });

  test('every event with a place is a marker or callout whose name gives title, place and date', async () => {
    const page = reading();
    for (const event of analysis.events.filter((e) => e.place && !e.place.border)) {
      const single = figure(page).locator(`a[data-event="${event.id}"]`);
      const grouped = figure(page).locator(`a[data-events~="${event.id}"]`);
      expect((await single.count()) + (await grouped.count()), event.id).toBe(1);
      const marker = (await single.count()) ? single : grouped;
      const name = (await marker.getAttribute('aria-label')) ?? '';
      expect(name).toContain(event.title);
      expect(name).toContain(event.date.label);
      if ((await single.count()) === 1) expect(name).toContain(event.place!.name);
    }
  });

  test('every marker and callout links to something on the page', { tag: '@no-js' }, async () => {
    const page = reading();
    for (const marker of await figure(page).locator(MARKERS).all()) {
      const href = (await marker.getAttribute('href'))!;
      expect(href).toMatch(/^#/);
      await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
    }
  });

  test('places beyond the frame are callouts with their distance from Kabul; a whole country gets only its direction', async () => {
    const page = reading();
    const callouts = figure(page).locator('a[data-offmap]');
    await expect(callouts).toHaveCount(2);
    await expect(figure(page).locator('a[data-offmap][data-event="baradar-moscow-rumour"]')).toHaveAccessibleName(
      /^Moscow 3,\d{3} km NW of Kabul, off the map: .*\(rumoured\)$/,
    );
    await expect(figure(page).locator('a[data-offmap][data-event="oslo-talks"]')).toHaveAccessibleName(
      /^Norway \(country\) NW of Kabul, off the map: .*Norway \(the country; no place in it is named\), no date given$/,
    );
  });

  test('a place the reporting gives only as a country is drawn and named as that country, not a city', async () => {
    const page = reading();
    const iran = figure(page).locator('a[data-event="water-release"]');
    await expect(iran).toHaveClass(/is-country/);
    await expect(iran.locator('.marker-country')).toHaveCount(1);
    await expect(iran).toHaveAccessibleName(/Iran \(the country; no place in it is named\), late January 2022$/);
    await expect(figure(page).locator('.map-label', { hasText: /^Iran \(country\)$/ })).toHaveCount(1);
    await expect(page.locator('#map-place-iran .map-place-name')).toHaveText('Iran (country)');
  });

  test('every map link is at least 24 by 24 CSS pixels', { tag: '@no-js' }, async () => {
    const page = reading();
    for (const link of await figure(page).locator('svg a').all()) {
      const box = (await link.boundingBox())!;
      expect(box.width, (await link.getAttribute('aria-label')) ?? '').toBeGreaterThanOrEqual(24);
      expect(box.height, (await link.getAttribute('aria-label')) ?? '').toBeGreaterThanOrEqual(24);
    }
  });

  test('labels overlap neither each other nor the markers', async () => {
    const page = reading();
    const { labels, overlaps } = await labelOverlaps(page);
    expect(labels).toBeGreaterThan(10);
    expect(overlaps).toEqual([]);
  });

  test('the map leaves room for the text and does not block zooming', async () => {
    const page = reading();
    const viewport = page.viewportSize()!;
    const svg = (await figure(page).locator('svg.map-svg').boundingBox())!;
    expect(svg.width).toBeLessThanOrEqual(viewport.width);
    expect(svg.height).toBeLessThan(viewport.height * 0.6);
    const meta = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(meta).not.toMatch(/user-scalable\s*=\s*no|maximum-scale/);
  });
});

// What the map does when a reader clicks or tabs to it, each on a page of its own.
test.describe('English, in use', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ARTICLE);
  });

  test('a marker takes the reader to its passage', { tag: ['@no-js', '@timing'] }, async ({ page }) => {
    const kunar = figure(page).locator('a[data-event="kunar-rocket-exchange"]');
    await kunar.click();
    await expect(page).toHaveURL(/#kunar-rocket-exchange$/);
    await expect(page.locator('#kunar-rocket-exchange')).toBeInViewport();
  });

  test('a focused marker shows a focus ring', async ({ page }) => {
    const marker = figure(page).locator('a[data-event="kunar-rocket-exchange"]');
    const ring = marker.locator('.marker-focus');
    await expect(ring).toHaveCSS('stroke', 'none');
    await marker.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(ring).not.toHaveCSS('stroke', 'none');
  });
});

// The same map in each translation: its names come from the edition's own data, so every symbol,
// border and label is read again, on one load.
for (const edition of TRANSLATED) {
  const names: {
    map: { borders: Record<string, { name: string }> };
    events: Record<string, { title: string }>;
  } = JSON.parse(readFileSync(`data/editions/${edition.code}/${analysis.slug}.json`, 'utf8'));
  test(`${edition.name}: the map names its borders and events in ${edition.name}, links each to the page, leaves room to aim, and keeps its labels apart`, async ({
    page,
  }) => {
    await page.goto(edition.article(analysis.slug));
    await expect(figure(page).locator('svg.map-svg')).toHaveCount(1);
    await expect(figure(page).locator('svg.map-svg')).not.toHaveAttribute('role', 'img');
    await expect(figure(page).locator('svg.map-svg')).toBeVisible();
    for (const code of ['AFG', 'IRN', 'PAK'])
      await expect(figure(page).locator(`path[data-country="${code}"]`)).toHaveCount(1);

    // Every link on the map, read in one go: what it names and where it goes.
    const links = await figure(page)
      .locator('svg a')
      .evaluateAll((all) =>
        all.map((link) => {
          const href = link.getAttribute('href') ?? '';
          return {
            id: link.id,
            border: link.getAttribute('data-border'),
            events: (link.getAttribute('data-event') ?? link.getAttribute('data-events') ?? '').split(' '),
            name: link.getAttribute('aria-label') ?? '',
            href,
            target: href.startsWith('#') && document.querySelectorAll(`[id="${href.slice(1)}"]`).length,
          };
        }),
      );
    for (const [id, { name }] of Object.entries(names.map.borders))
      expect(links.find((link) => link.border === id)?.name, id).toContain(name);
    for (const event of analysis.events.filter((e) => e.place && !e.place.border)) {
      const marker = links.filter((link) => link.events.includes(event.id));
      expect(marker, event.id).toHaveLength(1);
      expect(marker[0]!.name, event.id).toContain(names.events[event.id]!.title);
    }
    for (const link of links) expect(link.target, `${link.id} → ${link.href}: one element on the page`).toBe(1);
    // As the browser measures what takes the pointer: a border's wide, unseen stroke included.
    for (const link of await figure(page).locator('svg a').all()) {
      const box = (await link.boundingBox())!;
      const id = await link.getAttribute('id');
      expect(Math.min(box.width, box.height), `${id}: at least 24 by 24 CSS pixels`).toBeGreaterThanOrEqual(24);
    }

    const { labels, overlaps } = await labelOverlaps(page);
    expect(labels).toBeGreaterThan(10);
    expect(overlaps).toEqual([]);
  });
}

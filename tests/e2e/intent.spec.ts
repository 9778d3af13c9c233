import { expect, test, type Page } from './reader';
import { BOTH_DIRECTIONS, ENGLISH, SLUG } from './editions';
import { expectLandedOn } from './helpers';

// The map's island is fetched when the reader reaches for the map (src/lib/sync/intent.ts): until
// its code has come, the page is the page without JavaScript, and what the reader does then is
// neither lost nor undone when it wakes.

/** Holds back the island's code (React's runtime, the largest of its files) until `release` is called. */
async function holdTheIsland(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route('**/_astro/client.*.js', async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { release, asked: () => asked };
}

/** Where the reader is: the scroll, and what has focus. */
const whereTheReaderIs = (page: Page) =>
  page.evaluate(() => ({
    scroll: Math.round(window.scrollY),
    focus: document.activeElement?.id || document.activeElement?.tagName,
  }));

test('no script is fetched until the reader reaches for the map; the keyboard’s way there fetches it too', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(ENGLISH.article(SLUG));
  await page.waitForLoadState('networkidle');
  // A reader reading: scrolling the text, selecting in it.
  await page.mouse.wheel(0, 600);
  await page.locator('#main p').first().click();
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  // From the top with Tab: the header's links fetch nothing; the way to the map does.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const onTheWayToTheMap = () => page.evaluate(() => document.activeElement?.matches('[href="#map"]') ?? false);
  for (let presses = 0; !(await onTheWayToTheMap()); presses++) {
    expect(presses, 'Tab reaches the way to the map').toBeLessThan(30);
    expect(scripts, 'nothing is fetched on the way').toEqual([]);
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('.map-filters')).toBeAttached();
  expect(scripts.length).toBeGreaterThan(1);
});

for (const edition of BOTH_DIRECTIONS) {
  test(
    `${edition.name}: a map link clicked before the island’s code has come is followed, and the island wakes without moving focus or scroll`,
    { tag: '@phone' },
    async ({ page, isMobile }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const held = await holdTheIsland(page);
      await page.goto(edition.article(SLUG));
      const marker = page.locator('#map-marker-iran');
      if (isMobile) await marker.tap();
      else await marker.click();
      // The reader's reach asked for the code, which has not come: the browser followed the link.
      await expect.poll(() => held.asked(), { message: 'the reach asked for the code' }).toBe(true);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
      await expect(page).toHaveURL(/#water-release$/);
      await expect(page.locator('#water-release')).toBeInViewport();
      const before = await whereTheReaderIs(page);

      held.release();
      await expect(page.locator('.map-filters')).toBeAttached();
      // The island marks where the reader is, on the map and in the text, and moves nothing.
      await expect(marker).toHaveAttribute('aria-current', 'true');
      await expect(page.locator('#water-release')).toHaveClass(/is-current/);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await whereTheReaderIs(page)).toEqual(before);

      // From now on the map's links are the island's: the next one lands with focus.
      await page.locator('#map-marker-kabul').click();
      await page.locator('.map-popover a').first().click();
      await expect(page.locator('.passage.is-current')).toBeFocused();
    },
  );
}

for (const edition of BOTH_DIRECTIONS) {
  test(`${edition.name}: beside the text, the map stays where it is as the reader reaches for it and the filters appear above it`, async ({
    page,
  }) => {
    const held = await holdTheIsland(page);
    await page.goto(edition.article(SLUG));
    const map = page.locator('#map svg.map-svg');
    const before = await map.boundingBox();
    await page.locator('#map-marker-iran').hover();
    await expect.poll(() => held.asked(), { message: 'the reach asked for the code' }).toBe(true);
    held.release();
    await expect(page.locator('.map-filters')).toBeVisible();
    await expect(page.locator('.map-filters-room')).toBeHidden();
    expect(await map.boundingBox()).toEqual(before);
  });
}

test('a copy-link control pressed before the island’s code has come copies once it has', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const held = await holdTheIsland(page);
  const article = ENGLISH.article(SLUG);
  await page.goto(`${article}#kunar-rocket-exchange`);
  const button = page.locator('#kunar-rocket-exchange [data-copy-link]');
  await button.click();
  await expect.poll(() => held.asked(), { message: 'the press asked for the code' }).toBe(true);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  held.release();
  await expect(button).toContainText(ENGLISH.words.sync.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}${article}share/kunar-rocket-exchange/`,
  );
});

test('a reader who reached for the map before the page had finished loading finds it awake', async ({ page }) => {
  await page.goto(ENGLISH.article(SLUG), { waitUntil: 'commit' });
  const map = await page.locator('svg.map-svg').boundingBox();
  await page.mouse.move(map!.x + 4, map!.y + 4);
  // The pointer rests where the map is drawn, and does not move again.
  await expect(page.locator('.map-filters')).toBeAttached();
  await page.locator('#map-marker-iran').click();
  await expectLandedOn(page, 'water-release');
});

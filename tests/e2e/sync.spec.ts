import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readAnalyses } from '../support/analysis-data';

// Map and text as one: these need the page's script, so they run in the JavaScript projects.
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const ARTICLE = `/analyses/${analysis.slug}/`;
const figure = (page: Page) => page.locator(`figure[data-map="${analysis.slug}"]`);

/** Waits until the island has hydrated (its controls appear). */
async function open(page: Page, path = ARTICLE) {
  await page.goto(path);
  await expect(page.locator('.map-filters')).toBeAttached();
}

async function expectLandedOn(page: Page, passage: string) {
  await expect(page).toHaveURL(new RegExp(`#${passage}$`));
  const element = page.locator(`[id="${passage}"]`);
  await expect(element).toBeInViewport();
  await expect(element).toHaveClass(/is-current/);
  await expect(element).toBeFocused();
}

// One test per map link, read from the built page, so that each runs and fails on its own.
const builtMapLinks = [
  ...readFileSync(`dist${ARTICLE}index.html`, 'utf8').matchAll(
    /<a id="(map-[a-z0-9-]+)" href="#([a-z0-9-]+)"([^>]*)>/g,
  ),
].map(([, id, href, rest]) => ({ id: id!, href: href!, grouped: rest!.includes('data-events=') }));

test('the map has a link for every border, marker and callout', () => {
  // Two borders, seven markers (Kabul's five events share one), two callouts.
  expect(builtMapLinks.length).toBe(11);
});

/** Clicks a link on the map where a reader would: on a border's line, or a marker's middle. */
async function clickMapLink(page: Page, id: string) {
  const element = page.locator(`[id="${id}"]`);
  await element.scrollIntoViewIfNeeded();
  const point = await element.evaluate((link) => {
    const line = link.querySelector<SVGPathElement>('.border-hit');
    if (!line) return null;
    const { x, y } = line.getPointAtLength(line.getTotalLength() / 2).matrixTransform(line.getScreenCTM()!);
    return { x, y };
  });
  if (point) await page.mouse.click(point.x, point.y);
  else await element.click();
}

for (const link of builtMapLinks) {
  test(`${link.id} takes the reader to its passage, and Back undoes it`, async ({ page }) => {
    // Instant scrolling, so that Back is not raced by a smooth scroll still under way.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, `${ARTICLE}#opening`);
    await page.locator(`[id="${link.id}"]`).scrollIntoViewIfNeeded();
    const scrolledTo = await page.evaluate(() => window.scrollY);
    await clickMapLink(page, link.id);
    let passage = link.href;
    if (link.grouped) {
      const choice = page.getByRole('dialog').getByRole('link').first();
      await expect(choice).toBeFocused();
      passage = (await choice.getAttribute('href'))!.slice(1);
      await choice.click();
    }
    await expectLandedOn(page, passage);
    await expect(page.locator(`[id="${link.id}"]`)).toHaveAttribute('aria-current', 'true');
    await page.goBack({ waitUntil: 'commit' });
    await expect(page).toHaveURL(/#opening$/);
    await expect(page.locator('.passage.is-current')).toHaveCount(0);
    // Back returns to the previous place: where the reader was when they clicked, or (as Chromium
    // may restore it) the #opening section itself.
    await expect
      .poll(async () => {
        const y = await page.evaluate(() => window.scrollY);
        const opening = await page
          .locator('section#opening')
          .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        return Math.abs(y - scrolledTo) < 40 || Math.abs(y - opening) < 80;
      })
      .toBe(true);
  });
}

test('Enter on a focused marker works like a click', async ({ page }) => {
  await open(page);
  await figure(page).locator('a[data-event="kunar-rocket-exchange"]').focus();
  await page.keyboard.press('Enter');
  await expectLandedOn(page, 'kunar-rocket-exchange');
});

test('every passage with places has an “On the map” control that marks them without leaving the text', async ({
  page,
}) => {
  await open(page);
  const placed = new Set(analysis.events.filter((event) => event.place).map((event) => event.passage));
  for (const passage of placed) await expect(page.locator(`[id="${passage}"] a.on-map`), passage).toHaveCount(1);
  const controls = page.locator('a.on-map');
  const count = await controls.count();
  expect(count).toBe(placed.size);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const targets = (await control.getAttribute('data-map-targets'))!.split(' ');
    const url = page.url();
    const historyLength = await page.evaluate(() => history.length);
    await control.scrollIntoViewIfNeeded();
    await control.click();
    for (const target of targets)
      await expect(page.locator(`[id="${target}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(figure(page).locator('svg.map-svg')).toBeInViewport();
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    if (await page.getByRole('button', { name: 'Hide map' }).isVisible())
      await page.getByRole('button', { name: 'Hide map' }).click();
  }
});

test('place names in the text mark their place on the map', async ({ page }) => {
  await open(page);
  const kunar = page.locator('a.place-link', { hasText: 'Kunar Province' });
  await kunar.click();
  await expect(figure(page).locator('#map-marker-kunar')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('status')).toHaveText(/On the map: .*Kunar/);
});

test('scrolling lights up the section’s country on the map without touching the history', async ({ page }) => {
  await open(page);
  const historyLength = await page.evaluate(() => history.length);
  const url = page.url();
  await page.locator('section#pakistan .passage').nth(2).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 1));
  await expect(figure(page).locator('path[data-country="PAK"]')).toHaveClass(/is-active/);
  await expect(figure(page).locator('path[data-country="IRN"]')).not.toHaveClass(/is-active/);
  await page.locator('section#iran .passage').nth(2).scrollIntoViewIfNeeded();
  await expect(figure(page).locator('path[data-country="IRN"]')).toHaveClass(/is-active/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(page.url()).toBe(url);
});

test.describe('deep links', () => {
  test('a section link lands on the section', async ({ page }) => {
    await open(page, `${ARTICLE}#pakistan`);
    await expect(page.locator('section#pakistan h2')).toBeInViewport();
  });

  test('a passage link lands on the passage with its places marked', async ({ page }) => {
    await open(page, `${ARTICLE}#kunar-rocket-exchange`);
    await expectLandedOn(page, 'kunar-rocket-exchange');
    await expect(figure(page).locator('a[data-event="kunar-rocket-exchange"]')).toHaveAttribute('aria-current', 'true');
  });

  test('an event link lands on the event’s passage with its marker marked', async ({ page }) => {
    await open(page, `${ARTICLE}#yusuf-kabul-visit`);
    await expect(page.locator('#kunar-rocket-exchange')).toHaveClass(/is-current/);
    await expect(page.locator('#kunar-rocket-exchange')).toBeInViewport();
    await expect(figure(page).locator('a[data-events~="yusuf-kabul-visit"]')).toHaveAttribute('aria-current', 'true');
    await expect(figure(page).locator('a[data-event="kunar-rocket-exchange"]')).not.toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  test('reload keeps the place the reader was at', async ({ page }) => {
    await open(page, `${ARTICLE}#water-release`);
    await page.reload();
    await expectLandedOn(page, 'water-release');
  });
});

test('a filter in the address dims what it leaves out, and can be cleared', async ({ page }) => {
  await open(page, `${ARTICLE}?entity=iran`);
  await expect(page.getByRole('button', { name: 'Iran', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(figure(page).locator('a[data-event="kunar-rocket-exchange"]')).toHaveClass(/is-dimmed/);
  await expect(figure(page).locator('a[data-event="water-release"]')).not.toHaveClass(/is-dimmed/);
  await expect(page.locator('[data-timeline-event="ttp-founded"]')).toHaveClass(/is-dimmed/);
  await expect(page.locator('[data-timeline-event="tensions-1998"]')).not.toHaveClass(/is-dimmed/);
  await page.getByRole('button', { name: 'Clash', exact: true }).click();
  await expect(page).toHaveURL(/\?entity=iran&kind=clash$/);
  await expect(figure(page).locator('a[data-event="water-release"]')).toHaveClass(/is-dimmed/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(page.locator('.is-dimmed')).toHaveCount(0);
});

test('a filter survives a shared link with a fragment', async ({ page }) => {
  await open(page, `${ARTICLE}?kind=diplomacy#iran`);
  await expect(page.getByRole('button', { name: 'Diplomacy', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('section#iran h2')).toBeInViewport();
});

for (const [name, suffix] of [
  ['an unknown fragment', '#no-such-passage'],
  ['a malformed percent-encoding', '#%E0%A4%A'],
  ['markup in the fragment', '#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ['a very long fragment', `#${'x'.repeat(5000)}`],
  ['a malformed query', '?entity=%%&kind=<script>&entity=iran,,nope'],
  ['quotes and markup in query and fragment', `?entity="><svg onload=alert(1)>&kind='#"'><b onclick=x>hi</b>`],
  ['a very long query', `?entity=${'iran,'.repeat(2000)}`],
] as const) {
  test(`${name} does no harm`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await open(page, `${ARTICLE}${suffix}`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.passage.is-current')).toHaveCount(0);
    expect(await page.locator('img').count()).toBe(0);
    const injected = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))
          .length,
    );
    expect(injected).toBe(0);
    expect(problems).toEqual([]);
  });
}

test('copy link puts the passage’s share address on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await open(page);
  const button = page.locator('#kunar-rocket-exchange [data-copy-link]');
  await expect(button).toHaveAccessibleName('Copy link to this passage');
  await button.click();
  await expect(button).toContainText('Link copied');
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}${ARTICLE}share/kunar-rocket-exchange/`,
  );
});

test('every section heading has a copy-link control', async ({ page }) => {
  await open(page);
  for (const section of await page.locator('section[data-entity]').all()) {
    await expect(
      section.locator('.heading-row').getByRole('button', { name: /Copy link to the section/ }),
    ).toBeVisible();
  }
});

test('the map stays within reach while reading: docked on a phone at its full width, in under half the screen', async ({
  page,
}) => {
  await open(page);
  await page.locator('#ttp-threat').scrollIntoViewIfNeeded();
  const viewport = page.viewportSize()!;
  const svg = figure(page).locator('svg.map-svg');
  if (viewport.width >= 1024) {
    await expect(page.locator('.map-dock-toggle')).toBeHidden();
    await expect(svg).toBeInViewport();
    return;
  }
  const toggle = page.getByRole('button', { name: 'Show map' });
  await expect(toggle).toBeVisible();
  await toggle.click();
  await expect(svg).toBeInViewport();
  const column = (await page.locator('#map').boundingBox())!;
  expect(column.y).toBeLessThanOrEqual(1);
  expect(column.height).toBeLessThanOrEqual(viewport.height * 0.45 + 1);
  expect((await svg.boundingBox())!.width).toBeGreaterThanOrEqual(viewport.width - 1);
  await expect(page.locator('#ttp-threat')).toBeInViewport();
  await page.getByRole('button', { name: 'Hide map' }).click();
  await expect(svg).not.toBeInViewport();
});

test('a place’s list of events says how each is hedged and who says so', async ({ page }) => {
  await open(page);
  await figure(page).locator('a[data-events~="ttp-talks-kabul"]').click();
  const entry = page.getByRole('dialog').locator('li', { has: page.locator('[data-event="ttp-talks-kabul"]') });
  await expect(entry.locator('.map-popover-hedge')).toHaveText(
    'anonymous sources; who says so: Pakistani government sources speaking anonymously',
  );
});

test('Forward returns to the passage after Back, highlight and all', async ({ page }) => {
  await open(page, `${ARTICLE}#opening`);
  await clickMapLink(page, 'map-marker-iran');
  await expectLandedOn(page, 'water-release');
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.locator('.passage.is-current')).toHaveCount(0);
  await page.goForward({ waitUntil: 'commit' });
  await expectLandedOn(page, 'water-release');
  await expect(page.locator('#map-marker-iran')).toHaveAttribute('aria-current', 'true');
});

test('hovering or focusing a timeline entry previews its place on the map', async ({ page }) => {
  await open(page);
  const entry = page.locator('[data-timeline-event="kunar-rocket-exchange"]');
  await entry.getByRole('link').focus();
  await expect(page.locator('#map-marker-kunar')).toHaveClass(/is-previewed/);
  await page.locator('[data-timeline-event="water-release"] a').hover();
  await expect(page.locator('#map-marker-iran')).toHaveClass(/is-previewed/);
});

test('scrolling is smooth only for readers who have not asked for reduced motion', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');
});

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './reader';
import { LOCAL_ADDRESS } from '../../src/lib/site/site-address';
import { ANALYSIS, BOTH_DIRECTIONS, SLUG, escapeRegExp } from './editions';
import { expectArrivedAt, expectLandedOn, openArticle as open, wakeTheMap } from './helpers';

// Map and text as one: these need the page's script, so they run in the JavaScript projects. The
// whole of it is read in the English; in every edition, what proves that its deep links, Back,
// share pages and filters work in that edition's addresses.
const analysis = ANALYSIS!;
const ARTICLE = `/analyses/${SLUG}/`;
const figure = (page: Page) => page.locator(`figure[data-map="${SLUG}"]`);

// Every map link, read from the built page.
const builtMapLinks = [
  ...readFileSync(`dist${ARTICLE}index.html`, 'utf8').matchAll(
    /<a id="(map-[a-z0-9-]+)" href="#([a-z0-9-]+)"([^>]*)>/g,
  ),
].map(([, id, href, rest]) => ({
  id: id!,
  href: href!,
  grouped: rest!.includes('data-events='),
  kind: /class="(map-border|map-callout|map-marker kind-group|map-marker)[" ]/.exec(rest!)?.[1],
}));
/** On a phone, one link of each kind (a border, a callout, a group of events, one event) stands for the rest. */
const phoneSample = new Set(
  [...new Set(builtMapLinks.map((link) => link.kind))].map((kind) => builtMapLinks.find((l) => l.kind === kind)!.id),
);

test('the map has a link for every border, marker and callout', () => {
  // Two borders, seven markers (Kabul's five events share one), two callouts.
  expect(builtMapLinks.length).toBe(11);
  expect(builtMapLinks.map((link) => link.kind)).not.toContain(undefined);
  expect(phoneSample.size).toBe(4);
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

// A reader goes from the map to the text and Back again, link after link, on one page: every link
// on the desktop, and on a phone one of each kind. Each link is a step of its own, named in a failure.
test(
  'every link on the map takes the reader to its passage, and Back undoes each jump',
  { tag: ['@phone', '@timing'] },
  async ({ page, isMobile }) => {
    // Instant scrolling, so that Back is not raced by a smooth scroll still under way.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, `${ARTICLE}#opening`);
    for (const link of builtMapLinks.filter((l) => !isMobile || phoneSample.has(l.id))) {
      await test.step(link.id, async () => {
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
        await expect(page.locator(`[id="${link.id}"]`)).not.toHaveAttribute('aria-current', 'true');
        // Back returns to the previous place: where the reader was when they clicked, or (as
        // Chromium may restore it) the #opening section itself.
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
  },
);

test('Enter on a focused marker works like a click', async ({ page }) => {
  await open(page, ARTICLE);
  await figure(page).locator('a[data-event="kunar-rocket-exchange"]').focus();
  await page.keyboard.press('Enter');
  await expectLandedOn(page, 'kunar-rocket-exchange');
});

test('every passage with places has an “On the map” control that marks them without leaving the text', async ({
  page,
}) => {
  await open(page, ARTICLE);
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
  await open(page, ARTICLE);
  const kunar = page.locator('a.place-link', { hasText: 'Kunar Province' });
  await kunar.click();
  await expect(figure(page).locator('#map-marker-kunar')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.map-sync').getByRole('status')).toHaveText(/On the map: .*Kunar/);
});

test(
  'scrolling lights up the section’s country on the map without touching the history',
  { tag: '@timing' },
  async ({ page }) => {
    await open(page, ARTICLE);
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
  },
);

test.describe('deep links', () => {
  test('a section link lands on the section', { tag: '@timing' }, async ({ page }) => {
    await open(page, `${ARTICLE}#pakistan`);
    await expect(page.locator('section#pakistan h2')).toBeInViewport();
  });
});

// Each address opens in turn on one page: what one leaves behind, the next would show.
test('a strange address does no harm: an unknown, malformed, very long or marked-up fragment or query', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  for (const [name, suffix] of [
    ['an unknown fragment', '#no-such-passage'],
    ['a malformed percent-encoding', '#%E0%A4%A'],
    ['markup in the fragment', '#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['a very long fragment', `#${'x'.repeat(5000)}`],
    ['a malformed query', '?entity=%%&kind=<script>&entity=iran,,nope'],
    ['quotes and markup in query and fragment', `?entity="><svg onload=alert(1)>&kind='#"'><b onclick=x>hi</b>`],
    ['a very long query', `?entity=${'iran,'.repeat(2000)}`],
  ] as const) {
    problems.length = 0;
    await open(page, `${ARTICLE}${suffix}`);
    await expect(page.locator('h1'), name).toBeVisible();
    await expect(page.locator('.passage.is-current'), name).toHaveCount(0);
    expect(await page.locator('img').count(), name).toBe(0);
    const injected = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))
          .length,
    );
    expect(injected, name).toBe(0);
    expect(problems, name).toEqual([]);
  }
});

test('every section heading has a copy-link control', async ({ page }) => {
  await open(page, ARTICLE);
  for (const section of await page.locator('section[data-entity]').all()) {
    await expect(
      section.locator('.heading-row').getByRole('button', { name: /Copy link to the section/ }),
    ).toBeVisible();
  }
});

test(
  'the map stays within reach while reading: docked on a phone at its full width, in under half the screen',
  { tag: '@phone' },
  async ({ page }) => {
    await open(page, ARTICLE);
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
  },
);

test('a place’s list of events says how each is hedged and who says so', async ({ page }) => {
  await open(page, ARTICLE);
  await figure(page).locator('a[data-events~="ttp-talks-kabul"]').click();
  const entry = page.getByRole('dialog').locator('li', { has: page.locator('[data-event="ttp-talks-kabul"]') });
  await expect(entry.locator('.map-place-hedge')).toHaveText(
    'anonymous sources; who says so: Pakistani government sources speaking anonymously',
  );
});

test('hovering or focusing a timeline entry previews its place on the map', async ({ page }) => {
  await open(page, ARTICLE);
  const entry = page.locator('[data-timeline-event="kunar-rocket-exchange"]');
  // The entry's own link, its title; the links to its actors' pages come after it.
  await entry.locator(':scope > a').focus();
  await expect(page.locator('#map-marker-kunar')).toHaveClass(/is-previewed/);
  await page.locator('[data-timeline-event="water-release"] > a').hover();
  await expect(page.locator('#map-marker-iran')).toHaveClass(/is-previewed/);
});

test(
  'a shared link lands on its passage at once; scrolling is smooth from the reader’s first key or press, only for readers who have not asked for reduced motion',
  { tag: '@timing' },
  async ({ page }) => {
    await page.goto(`${ARTICLE}#water-release`);
    // On the passage as the page has loaded, not gliding there from the top.
    const top = await page.locator('#water-release').evaluate((passage) => passage.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(page.viewportSize()!.height / 2);
    await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');
    await page.keyboard.press('Tab');
    await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'smooth');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');
  },
);

for (const edition of BOTH_DIRECTIONS) {
  const { words } = edition;
  const ARTICLE = edition.article(SLUG);
  test.describe(`${edition.name}: deep links, Back, share pages and filters`, () => {
    test(
      'a passage link lands on the passage with its places marked, and reload keeps it; copy link gives the passage’s share address in this edition, and a share page lands on its event’s passage',
      { tag: ['@phone', '@timing'] },
      async ({ page, context, baseURL }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
        await open(page, `${ARTICLE}#kunar-rocket-exchange`);
        await expectArrivedAt(page, 'kunar-rocket-exchange');
        await expect(page.locator('#kunar-rocket-exchange')).toHaveClass(/is-current/);
        await expect(figure(page).locator('a[data-event="kunar-rocket-exchange"]')).toHaveAttribute(
          'aria-current',
          'true',
        );
        await page.reload();
        await expectArrivedAt(page, 'kunar-rocket-exchange');
        await wakeTheMap(page);

        const button = page.locator('#kunar-rocket-exchange [data-copy-link]');
        // The label and the words for screen readers are two spans: the browser may put a space between.
        const [label, rest] = [words.article.copyLink, words.article.copyLinkTo(words.article.thisPassage).trim()];
        await expect(button).toHaveAccessibleName(new RegExp(`^${escapeRegExp(label)}\\s*${escapeRegExp(rest)}$`));
        await button.click();
        await expect(button).toContainText(words.sync.copied);
        await expect(page.locator('.map-sync').getByRole('status')).toHaveText(words.sync.copied);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          `${baseURL}${ARTICLE}share/kunar-rocket-exchange/`,
        );

        // Beside it, Embed copies the code for the map opened at the passage's event: the code its
        // oEmbed answer gives partners' tools, on this site's address.
        const embed = page.locator('#kunar-rocket-exchange [data-copy-embed]');
        await expect(embed).toHaveAccessibleName(
          new RegExp(`^${escapeRegExp(words.embed.embed)}\\s*${escapeRegExp(words.embed.embedWhat.trim())}$`),
        );
        await embed.click();
        await expect(page.locator('.map-sync').getByRole('status')).toHaveText(words.sync.embedCopied);
        const answer = await (
          await page.request.get(`${edition.prefix}/embed/${SLUG}/oembed/kunar-rocket-exchange.json`)
        ).json();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          answer.html.replaceAll(LOCAL_ADDRESS, baseURL),
        );

        // A share page sends the reader on to the event's address in the same edition.
        await page.goto(`${ARTICLE}share/yusuf-kabul-visit/`);
        await expect(page).toHaveURL(`${ARTICLE}#yusuf-kabul-visit`);
        await wakeTheMap(page);
        await expect(page.locator('#kunar-rocket-exchange')).toHaveClass(/is-current/);
        await expect(page.locator('#kunar-rocket-exchange')).toBeInViewport();
        await expect(figure(page).locator('a[data-events~="yusuf-kabul-visit"]')).toHaveAttribute(
          'aria-current',
          'true',
        );
        await expect(figure(page).locator('a[data-event="kunar-rocket-exchange"]')).not.toHaveAttribute(
          'aria-current',
          'true',
        );
      },
    );

    test(
      'Back undoes a marker’s jump to its passage, and Forward returns to it, highlight and all',
      { tag: '@timing' },
      async ({ page }) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await open(page, `${ARTICLE}#opening`);
        await clickMapLink(page, 'map-marker-iran');
        await expectLandedOn(page, 'water-release');
        await page.goBack({ waitUntil: 'commit' });
        await expect(page).toHaveURL(`${ARTICLE}#opening`);
        await expect(page.locator('.passage.is-current')).toHaveCount(0);
        await page.goForward({ waitUntil: 'commit' });
        await expectLandedOn(page, 'water-release');
        await expect(page.locator('#map-marker-iran')).toHaveAttribute('aria-current', 'true');
      },
    );

    test('a filter in the address dims what it leaves out, stays in the address as it changes, survives a fragment, and can be cleared', async ({
      page,
    }) => {
      await open(page, `${ARTICLE}?entity=iran`);
      const button = (filter: string) => page.locator(`.map-filters button[data-filter="${filter}"]`);
      await expect(button('entities:iran')).toHaveAttribute('aria-pressed', 'true');
      await expect(figure(page).locator('a[data-event="kunar-rocket-exchange"]')).toHaveClass(/is-dimmed/);
      await expect(figure(page).locator('a[data-event="water-release"]')).not.toHaveClass(/is-dimmed/);
      await expect(page.locator('[data-timeline-event="ttp-founded"]')).toHaveClass(/is-dimmed/);
      await expect(page.locator('[data-timeline-event="tensions-1998"]')).not.toHaveClass(/is-dimmed/);
      await expect(button('kinds:clash')).toHaveText(words.kinds.clash);
      await button('kinds:clash').click();
      await expect(page).toHaveURL(`${ARTICLE}?entity=iran&kind=clash`);
      await expect(figure(page).locator('a[data-event="water-release"]')).toHaveClass(/is-dimmed/);
      await page.getByRole('button', { name: words.sync.clear }).click();
      await expect(page).toHaveURL(ARTICLE);
      await expect(page.locator('.is-dimmed')).toHaveCount(0);

      await open(page, `${ARTICLE}?kind=diplomacy#iran`);
      await expect(button('kinds:diplomacy')).toHaveAttribute('aria-pressed', 'true');
      await expect(button('kinds:diplomacy')).toHaveText(words.kinds.diplomacy);
      await expect(page.locator('section#iran h2')).toBeInViewport();
    });
  });
}

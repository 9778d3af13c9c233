import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './reader';
import { listBuiltPages } from '../support/built-pages';
import {
  ACTORS,
  ASCII_DIGIT,
  DARI,
  EASTERN_DIGIT,
  EDITIONS,
  ENGLISH,
  PASHTO,
  RELATIONS,
  SLUG,
  TRANSLATED,
  editionAt,
  fill,
  latinWordsInContent,
  type TestEdition,
} from './editions';
import { expectArrivedAt, expectLandedOn, openArticle, wakeTheMap } from './helpers';

// The three editions as their readers meet them: each page says which language it is in and which
// way it reads, sets its type, writes its numbers and its own words in the language, and the
// language switch carries the reader's place across (with JavaScript) or at least the page
// (without).
const EVENT = 'kunar-rocket-exchange';
const PLACE = `?entity=iran#${EVENT}`;
const switchLink = (page: Page, to: TestEdition) => page.locator(`nav.language-switch a[hreflang="${to.hreflang}"]`);
const htmlOf = (page: Page) => page.locator('html');

for (const edition of EDITIONS) {
  const rtl = edition.dir === 'rtl';
  test(
    `${edition.name}: its pages say ${edition.lang}, ${edition.dir}, ${rtl ? 'set the Naskh type' : 'fetch no font'}, and on a wide screen the article puts the map on the ${rtl ? 'left' : 'right'}`,
    { tag: '@timing' },
    async ({ page }) => {
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'font' || new URL(request.url()).pathname.startsWith('/fonts/'))
          fonts.push(new URL(request.url()).pathname);
      });
      for (const [visit, path] of [edition.article(SLUG), edition.home].entries()) {
        await page.goto(path);
        await expect.soft(htmlOf(page), path).toHaveAttribute('lang', edition.lang);
        await expect.soft(htmlOf(page), path).toHaveAttribute('dir', edition.dir);
        if (rtl && visit === 0) {
          // The first analysis is set in the device's own face, and never waits for the type: it
          // is asked for only after the page has painted, and is there for every page after.
          await expect(htmlOf(page)).not.toHaveAttribute('data-naskh');
          await expect.poll(() => page.evaluate(() => localStorage.getItem('borderlines-naskh'))).toBe('1');
          const [painted, asked] = await page.evaluate(() => [
            performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
            Math.min(
              ...performance
                .getEntriesByType('resource')
                .filter((entry) => entry.name.includes('/fonts/'))
                .map((entry) => entry.startTime),
            ),
          ]);
          expect(asked, 'the type is asked for after the first paint').toBeGreaterThan(painted!);
        }
        if (rtl && visit === 1) await expect(htmlOf(page)).toHaveAttribute('data-naskh', '');
        await page.evaluate(() => document.fonts.ready.then(() => true));
      }
      // A share page redirects at once: its own markup says the same.
      const share = await (await page.request.get(`${edition.article(SLUG)}share/${EVENT}/`)).text();
      expect
        .soft(/<html [^>]*>/.exec(share)?.[0], 'share page')
        .toBe(`<html lang="${edition.lang}" dir="${edition.dir}">`);

      if (rtl) {
        // Regular for the text, bold for the headings: both weights, each fetched once a page at
        // most, and on the second page set in them.
        expect.soft([...new Set(fonts)].sort()).toEqual(['/fonts/naskh-400.woff2', '/fonts/naskh-700.woff2']);
        expect.soft(fonts.length).toBeLessThanOrEqual(4);
        await expect
          .poll(() => page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').length))
          .toBeGreaterThanOrEqual(2);
        await expect(page.locator('main p').first()).toHaveCSS('font-family', /^"Borderlines Naskh"/);
      } else {
        expect.soft(fonts, 'an English page fetches no font file').toEqual([]);
      }

      const viewport = page.viewportSize()!;
      if (viewport.width >= 1024) {
        await page.goto(edition.article(SLUG));
        // Side by side on a wide screen, mirrored for a right-to-left reader: the text where reading starts.
        const map = (await page.locator('#map').boundingBox())!;
        const text = (await page.locator('.article-body').boundingBox())!;
        if (rtl) expect(text.x, 'the text column is right of the map').toBeGreaterThanOrEqual(map.x + map.width);
        else expect(text.x + text.width, 'the text column is left of the map').toBeLessThanOrEqual(map.x);
      }
    },
  );
}

test(
  'with JavaScript, the language switch keeps the reader’s passage and filters in every edition',
  { tag: '@timing' },
  async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openArticle(page, `${ENGLISH.article(SLUG)}${PLACE}`);
    // Every edition to every other, once: English → Dari → Pashto → English → Pashto → Dari → English.
    const route = [DARI, PASHTO, ENGLISH, PASHTO, DARI, ENGLISH];
    for (const [hop, to] of route.entries()) {
      const link = switchLink(page, to);
      // Half the hops by keyboard: the place is taken along when the link is focused, too.
      if (hop % 2) {
        await link.focus();
        await page.keyboard.press('Enter');
      } else await link.click();
      await expect(page).toHaveURL(`${to.article(SLUG)}${PLACE}`);
      await expect(htmlOf(page)).toHaveAttribute('lang', to.lang);
      await expectArrivedAt(page, EVENT);
      // The new page is the page until the reader reaches for its map: its island then reads the
      // filters from the address.
      await wakeTheMap(page);
      await expect(page.locator(`[id="${EVENT}"]`)).toHaveClass(/is-current/);
      await expect(page.locator('.map-filters button[data-filter="entities:iran"]')).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(page.locator(`a[data-event="${EVENT}"]`)).toHaveClass(/is-dimmed/);
      await expect(page.locator('a[data-event="water-release"]')).not.toHaveClass(/is-dimmed/);
    }

    // The place as the reader changed it on the page, not as it was when the page loaded.
    await page.getByRole('button', { name: ENGLISH.words.sync.clear }).click();
    await page.locator('.map-filters button[data-filter="kinds:diplomacy"]').click();
    await expect(page).toHaveURL(`${ENGLISH.article(SLUG)}?kind=diplomacy#${EVENT}`);
    await page.locator('#map-marker-iran').click();
    await expectLandedOn(page, 'water-release');
    await switchLink(page, DARI).click();
    await expect(page).toHaveURL(`${DARI.article(SLUG)}?kind=diplomacy#water-release`);
    await expectArrivedAt(page, 'water-release');
    await wakeTheMap(page);
    await expect(page.locator('.map-filters button[data-filter="kinds:diplomacy"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  },
);

test('every page worth indexing names its editions (en, fa-AF, ps-AF, x-default), each a page that exists and names them back', async ({
  request,
}) => {
  const alternatesIn = (html: string) =>
    Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(([, lang, href]) => [
        lang!,
        new URL(href!).pathname,
      ]),
    );
  const built = listBuiltPages().map(({ file, path }) => ({ path, html: readFileSync(file, 'utf8') }));
  const indexable = built.filter(({ html }) => !/<meta name="robots" content="[^"]*noindex/.test(html));
  // Each edition's home, article and its log, and its pages of actors and relations.
  expect(indexable.map(({ path }) => path).sort()).toEqual(
    EDITIONS.flatMap((edition) => [
      edition.home,
      edition.article(SLUG),
      `${edition.article(SLUG)}corrections/`,
      `${edition.home}actors/`,
      ...ACTORS.map(edition.actor),
      ...RELATIONS.map(edition.relation),
    ]).sort(),
  );
  for (const { path, html } of built) {
    if (indexable.some((page) => page.path === path)) continue;
    expect(alternatesIn(html), `${path} is not indexed, and names no alternates`).toEqual({});
  }
  for (const { path, html } of indexable) {
    const alternates = alternatesIn(html);
    expect(Object.keys(alternates).sort(), path).toEqual(['en', 'fa-AF', 'ps-AF', 'x-default']);
    expect(alternates['x-default'], `${path}: x-default is the English`).toBe(alternates['en']);
    const own = editionAt(path).hreflang;
    expect(alternates[own], `${path} names itself as its ${own} edition`).toBe(path);
    expect(html, `${path}: canonical`).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${path}">`));
    // Its feed is its edition's, in its language.
    const edition = EDITIONS.find((e) => e.hreflang === own)!;
    expect(html, `${path}: feed`).toContain(
      `<link rel="alternate" type="application/rss+xml" title="${edition.words.site.name}" href="${edition.prefix}/rss.xml">`,
    );
    const feed = await request.get(`${edition.prefix}/rss.xml`);
    expect(feed.status(), `${edition.prefix}/rss.xml`).toBe(200);
    expect(await feed.text()).toContain(`<language>${edition.lang.toLowerCase()}</language>`);
    for (const [lang, target] of Object.entries(alternates)) {
      const response = await request.get(target);
      expect(response.status(), `${path} → ${lang}: ${target}`).toBe(200);
      expect(alternatesIn(await response.text()), `${target} names the same editions as ${path}`).toEqual(alternates);
    }
  }
});

for (const edition of TRANSLATED) {
  test(`${edition.name}: the map’s numbers and the byline’s dates are in Eastern Arabic-Indic digits`, async ({
    page,
  }) => {
    await openArticle(page, edition.article(SLUG));
    // The English page numbers the same markers 1, 2, 3…: the edition writes the same numbers.
    const english = readFileSync(`dist${ENGLISH.article(SLUG)}index.html`, 'utf8');
    const englishNumbers = Object.fromEntries(
      [
        ...english.matchAll(/<a id="(map-[a-z0-9-]+)"(?:(?!<\/a>).)*?<text class="marker-number"[^>]*>(\d+)<\/text>/g),
      ].map(([, id, number]) => [id!, Number(number)]),
    );
    expect(Object.keys(englishNumbers).length).toBeGreaterThan(5);
    // What the map's markers and callouts show on screen: counts and distances.
    const visibleMapText = () =>
      page.locator('svg.map-svg').evaluate((svg) =>
        [...svg.querySelectorAll('a text, a tspan')]
          .filter(
            (text) => getComputedStyle(text).display !== 'none' && (text as SVGGraphicsElement).getBBox().width > 0,
          )
          .map((text) => text.textContent ?? '')
          .filter((text) => text.trim()),
      );
    const onScreen = await visibleMapText();
    expect(
      onScreen.filter((text) => ASCII_DIGIT.test(text)),
      'ASCII digits on screen',
    ).toEqual([]);
    expect(
      onScreen.some((text) => EASTERN_DIGIT.test(text)),
      'the counts and distances are numbers',
    ).toBe(true);
    // Printed, each marker shows its number, and each passage names the numbers of its places.
    await page.emulateMedia({ media: 'print' });
    const printed = await visibleMapText();
    expect(
      printed.filter((text) => ASCII_DIGIT.test(text)),
      'ASCII digits in print',
    ).toEqual([]);
    const numbers = await page
      .locator('svg.map-svg .marker-number')
      .evaluateAll((texts) => Object.fromEntries(texts.map((text) => [text.closest('a')!.id, text.textContent ?? ''])));
    expect(numbers).toEqual(
      Object.fromEntries(Object.entries(englishNumbers).map(([id, number]) => [id, edition.number(number)])),
    );
    const refs = await page.locator('.print-refs').allInnerTexts();
    expect(refs.join(' ')).toMatch(EASTERN_DIGIT);
    expect(refs.filter((ref) => ASCII_DIGIT.test(ref))).toEqual([]);
    await page.emulateMedia({ media: 'screen' });

    const times = page.locator('article header time');
    expect(await times.count()).toBeGreaterThanOrEqual(1);
    for (const time of await times.all()) {
      const text = await time.innerText();
      expect(text, `${await time.getAttribute('datetime')}: ${text}`).toMatch(EASTERN_DIGIT);
      expect(text, `${await time.getAttribute('datetime')}: ${text}`).not.toMatch(ASCII_DIGIT);
    }
    const byline = await page.locator('article header').innerText();
    expect(byline.match(/[0-9]+/g), 'no ASCII digit anywhere under the headline').toBeNull();
  });

  test(`${edition.name}: what the page’s script writes (the filter summary, the map’s step announcement) is in Eastern Arabic-Indic digits`, async ({
    page,
  }) => {
    // Chromium's ICU has no Pashto locale: without Dari's as the next choice, Intl would fall back
    // to en-US and write ASCII digits ("له 23 پېښو څخه 9 ښودل کېږي").
    await openArticle(page, `${edition.article(SLUG)}?entity=iran`);
    const summary = page.locator('.filter-summary');
    await expect(summary).toBeVisible();
    const shown = await page.locator('[data-timeline-event]:not(.is-dimmed)').count();
    const total = await page.locator('[data-timeline-event]').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    const which = await page.locator('.filter-button[aria-pressed="true"]').innerText();
    expect(await summary.innerText()).toContain(
      `${fill(edition.words.sync.showing, { shown: edition.number(shown), total: edition.number(total), which })}.`,
    );
    // The last of the map's events, announced with its place in the order.
    await page.locator(`figure[data-map="${SLUG}"] svg a`).first().focus();
    await page.keyboard.press('End');
    const status = await page.locator('.map-sync').getByRole('status').innerText();
    expect(status).toMatch(EASTERN_DIGIT);
    expect(status).not.toMatch(ASCII_DIGIT);
  });

  test(`${edition.name}: the page’s own words around the map, in its filters and timeline and in a place’s list of events are all in ${edition.name}`, async ({
    page,
  }) => {
    // With a filter on, so that the filters say what they show.
    await openArticle(page, `${edition.article(SLUG)}?entity=iran`);
    // Allowed in Latin letters: names of languages, formats and sources, and whatever the
    // translation itself keeps in Latin. The site's name is written in the edition's letters.
    const allowed = ['English', 'GeoJSON', 'CSV', 'Natural Earth', 'Albers'];
    allowed.push(...latinWordsInContent(edition.code));
    const regions = {
      header: 'body > header',
      caption: 'figure[data-map] figcaption',
      filters: '.map-filters',
      timeline: '#timeline h2, #timeline h3, #timeline-filters-slot',
    };
    // What a reader can open is read open.
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>('figure[data-map] details').forEach((d) => (d.open = true)),
    );
    const leftovers: string[] = [];
    for (const [region, selector] of Object.entries(regions)) {
      const texts = await page
        .locator(selector)
        .evaluateAll((elements) => elements.map((e) => (e as HTMLElement).innerText));
      expect(texts.join('').trim(), `${region} has text`).not.toBe('');
      let text = texts.join('\n');
      for (const word of allowed) text = text.replaceAll(word, ' ');
      for (const [word] of text.matchAll(/[A-Za-z]{3,}/g)) leftovers.push(`${region}: ${word}`);
    }
    const mapText = await page.locator('svg.map-svg').evaluate((svg) =>
      [...svg.querySelectorAll('text')]
        .filter((text) => getComputedStyle(text).display !== 'none')
        .map((text) => text.textContent ?? '')
        .join('\n'),
    );
    for (const [word] of mapText.matchAll(/[A-Za-z]{3,}/g)) leftovers.push(`map: ${word}`);
    // A place's list of events, as a marker opens it.
    await page.locator('#map-marker-kabul').click();
    let dialog = await page.getByRole('dialog').innerText();
    for (const word of allowed) dialog = dialog.replaceAll(word, ' ');
    for (const [word] of dialog.matchAll(/[A-Za-z]{3,}/g)) leftovers.push(`dialog: ${word}`);
    expect(leftovers).toEqual([]);
  });
}

import { expect, test } from './reader';
import { BOTH_DIRECTIONS, DARI, EDITIONS, ENGLISH, PASHTO, SLUG, eventTitle } from './editions';
import { FIXTURE_SITE } from './helpers';

// What a reader without JavaScript gets, in every edition: plain links that still land, and an
// unfiltered page. Each test reads several things on one load: without script, loading is cheap,
// but not free.
for (const edition of EDITIONS) {
  const ARTICLE = edition.article(SLUG);
  // Landing on a shared passage without script is where a phone once differed: every edition on a
  // phone. On the desktop, one edition each way: Dari's page has Pashto's direction and type.
  const screens = BOTH_DIRECTIONS.includes(edition) ? ['@phone'] : ['@phone-only'];
  test.describe(edition.name, { tag: [...screens, '@no-js'] }, () => {
    test(
      'a filtered link to an event shows the whole, unfiltered page, no dead controls, and lands on the event’s passage; a passage link lands on the passage; Search links to the index of actors',
      { tag: '@timing' },
      async ({ page }) => {
        await page.goto(`${ARTICLE}?entity=iran#yusuf-kabul-visit`);
        await expect(page.locator('#kunar-rocket-exchange')).toBeInViewport();
        await expect(page.locator('.is-dimmed')).toHaveCount(0);
        await expect(page.locator('.map-filters')).toHaveCount(0);
        await expect(page.locator('[data-copy-link]:visible')).toHaveCount(0);
        await expect(page.locator('.map-dock-toggle')).toHaveCount(0);
        await page.goto(`${ARTICLE}#water-release`);
        await expect(page.locator('#water-release')).toBeInViewport();
        // Search needs script: without it, the masthead offers the index of actors instead.
        const search = page.getByRole('link', { name: edition.words.search.open, exact: true });
        await expect(search).toHaveAttribute('href', `${edition.prefix}/actors/`);
        await expect(page.getByRole('button', { name: edition.words.search.open })).toHaveCount(0);
      },
    );

    test(
      '“On the map” jumps to the marker, which shows it is the target; a grouped marker lists its events, each linking to its passage; the map’s data is the edition’s',
      { tag: '@timing' },
      async ({ page }) => {
        await page.goto(ARTICLE);
        const onMap = page.locator('#water-release a.on-map');
        await expect(onMap).toContainText(edition.words.article.onTheMap);
        await onMap.click();
        await expect(page).toHaveURL(/#map-marker-iran$/);
        await expect(page.locator('#map-marker-iran')).toBeInViewport();
        await expect(page.locator('#map-marker-iran .marker-focus')).not.toHaveCSS('stroke', 'none');

        await page.locator('a[data-events~="eu-office-kabul"]').click();
        await expect(page).toHaveURL(/#map-place-kabul$/);
        const list = page.locator('#map-place-kabul');
        await expect(list).toBeVisible();
        await expect(list.getByRole('link')).toHaveCount(5);
        // The third of Kabul's events, the EU's office, as in every edition: events keep their order.
        const eu = list.getByRole('link').nth(2);
        await expect(eu).toHaveAttribute('href', '#courting-the-world');
        await eu.click();
        await expect(page).toHaveURL(/#courting-the-world$/);
        await expect(page.locator('#courting-the-world')).toBeInViewport();

        // The map's open data is the edition's own, in its words.
        const title = eventTitle(edition, 'kunar-rocket-exchange');
        for (const [format, type] of [
          ['csv', 'text/csv'],
          ['geojson', 'application/geo+json'],
        ] as const) {
          const link = page.locator(`figure[data-map] a[href$="/events.${format}"]`);
          await expect(link).toHaveAttribute('href', `${ARTICLE}events.${format}`);
          const response = await page.request.get(`${ARTICLE}events.${format}`);
          expect(response.status(), format).toBe(200);
          expect(response.headers()['content-type'], format).toContain(type);
          expect(await response.text(), format).toContain(title);
        }
      },
    );

    test(
      'the embed shows, without script, the event its address names, and each link on its map shows its own; the link out opens a new tab',
      { tag: '@timing' },
      async ({ page }) => {
        const embed = `${edition.prefix}/embed/${SLUG}/`;
        await page.goto(`${embed}#water-release`);
        const panel = (id: string) => page.locator(`.embed-panel[id="${id}"]`);
        await expect(panel('water-release')).toBeVisible();
        await expect(panel('embed-intro')).toBeHidden();
        await page.locator('#map-marker-kabul').click();
        await expect(page).toHaveURL(new RegExp(`${embed}#map-place-kabul$`));
        await expect(panel('map-place-kabul')).toBeVisible();
        await expect(panel('water-release')).toBeHidden();
        await panel('map-place-kabul').getByRole('link').first().click();
        const event = page.locator('.embed-panel:target');
        await expect(event).toBeVisible();
        await expect(event.getByRole('link', { name: edition.words.embed.readPassage })).toHaveAttribute(
          'target',
          '_blank',
        );
        await page.goto(embed);
        await expect(panel('embed-intro')).toBeVisible();
      },
    );

    test(
      'a share page sends the reader on to the right fragment in the same edition at once, and shows a link on for anyone whose browser does not follow',
      { tag: '@timing' },
      async ({ page }) => {
        const response = await page.request.get(`${ARTICLE}share/iran/`);
        expect(await response.text()).toContain(`href="${ARTICLE}#iran"`);
        await page.goto(`${ARTICLE}share/yusuf-kabul-visit/`);
        await expect(page).toHaveURL(new RegExp(`${ARTICLE}#yusuf-kabul-visit$`));
        await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
        await expect(page.locator('#kunar-rocket-exchange')).toBeInViewport();
        // The landing is instant: a smooth scroll could stop short if the fonts arrive late.
        await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');
      },
    );
  });
}

test(
  'the language switch opens each other edition’s page at its top: no script carries the place along',
  { tag: ['@phone', '@no-js', '@timing'] },
  async ({ page, baseURL }) => {
    await page.goto(`${ENGLISH.article(SLUG)}?entity=iran#kunar-rocket-exchange`);
    // Round the editions, English → Dari → Pashto → English; on each page, both its links are plain.
    let here = ENGLISH;
    for (const to of [DARI, PASHTO, ENGLISH]) {
      await expect(page.locator('nav.language-switch a')).toHaveCount(2);
      for (const other of EDITIONS.filter((edition) => edition !== here)) {
        const link = page.locator(`nav.language-switch a[hreflang="${other.hreflang}"]`);
        await expect(link).toHaveAttribute('href', other.article(SLUG));
      }
      await page.locator(`nav.language-switch a[hreflang="${to.hreflang}"]`).click();
      await expect(page).toHaveURL(`${baseURL}${to.article(SLUG)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', to.lang);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
      here = to;
    }
  },
);

// The atlas on the fixture site's home page (the Nordic, Baltic and Caucasus analyses): without
// script, an actor's filter is a link to that actor's page, and the list stays whole.
test('without script, an actor in the atlas’s filter is a link to its page', { tag: '@no-js' }, async ({ page }) => {
  const home = `${FIXTURE_SITE}/`;
  await page.goto(`${home}?actor=eu`);
  await expect(page.getByRole('list', { name: ENGLISH.words.site.homeList }).getByRole('heading')).toHaveCount(3);
  await page
    .getByRole('navigation', { name: ENGLISH.words.atlas.filter })
    .getByRole('link', { name: 'European Union' })
    .click();
  await expect(page).toHaveURL(`${home}actors/eu/`);
});

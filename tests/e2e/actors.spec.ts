import { expect, test, type Locator } from './reader';
import { DARI, SLUG } from './editions';
import { FIXTURE_SITE as FIXTURE } from './helpers';

// The pages that follow an actor or a pair across analyses, read on the fixture site served beside
// the site's own (playwright.config.ts): the Nordic, Baltic and Caucasus analyses, the European
// Union an actor of two of them, the Baltic one also in Dari. They are plain HTML with no script of
// their own: read here with script, every link a real one, and without it in the built files
// (tests/published/actors.test.ts).
const hrefsOf = (links: Locator) => links.evaluateAll((all) => all.map((link) => link.getAttribute('href')));

test.describe('pages that span analyses', () => {
  test('an actor’s page lists its events from both its analyses in date order, and its passages; its map and timeline lead to the passages, in the other analyses', async ({
    page,
  }) => {
    await page.goto(`${FIXTURE}/actors/eu/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('European Union');
    await expect(page.locator('main header')).toContainText('Organisation');
    await expect(page.locator('main header')).toContainText('3 events in 2 analyses');
    expect(await hrefsOf(page.locator('.timeline li > a'))).toEqual([
      '/analyses/caucasus-fixture/#caucasus-monitors-arrive',
      '/analyses/baltic-fixture/#fixture-riga-meeting',
      '/analyses/caucasus-fixture/#caucasus-yerevan-meeting',
    ]);
    expect(await hrefsOf(page.locator('.coverage a'))).toEqual([
      '/analyses/caucasus-fixture/',
      '/analyses/caucasus-fixture/#monitors',
      '/analyses/caucasus-fixture/#monitors-passage',
    ]);
    await expect(page.locator('.site-counts').first()).toHaveText(/Diplomacy\s*1\s*Economy\s*1\s*Security\s*1/);
    expect(await hrefsOf(page.locator('#relations-heading + ul a'))).toEqual([
      '/relations/armenia--eu/',
      '/relations/eu--latvia/',
    ]);
    // The page in Dari has what the Dari edition tells of the Union: the Baltic analysis alone.
    await expect(page.locator('nav.language-switch a')).toHaveAttribute('href', '/fa/actors/eu/');

    // The map's marker in Riga is a plain link into the Baltic analysis.
    await page.locator('svg.map-svg a[href="/analyses/baltic-fixture/#fixture-riga-meeting"]').click();
    await expect(page).toHaveURL(`${FIXTURE}/analyses/baltic-fixture/#fixture-riga-meeting`);
    await expect(page.locator('#riga-passage')).toBeInViewport();
    await page.goBack();
    await page.locator('.timeline li > a').last().click();
    await expect(page).toHaveURL(`${FIXTURE}/analyses/caucasus-fixture/#caucasus-yerevan-meeting`);
    await expect(page.locator('#monitors-passage')).toBeInViewport();
  });

  test('a relation’s page names both actors, draws their border as a link to its passage and lists the events they share; the list of actors leads to both', async ({
    page,
  }) => {
    await page.goto(`${FIXTURE}/relations/armenia--azerbaijan/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Armenia and Azerbaijan');
    await expect(page.locator('svg.map-svg a.map-border')).toHaveAttribute(
      'href',
      '/analyses/caucasus-fixture/#border-passage',
    );
    expect(await hrefsOf(page.locator('.timeline li > a'))).toEqual([
      '/analyses/caucasus-fixture/#caucasus-baku-talks',
      '/analyses/caucasus-fixture/#caucasus-border-incident',
    ]);
    // Reported: the hedge in words, on the incident.
    await expect(page.locator('.timeline li').last()).toContainText('(reported)');
    await page.locator('main header').getByRole('link', { name: 'Azerbaijan' }).click();
    await expect(page).toHaveURL(`${FIXTURE}/actors/azerbaijan/`);
    await expect(page.getByRole('link', { name: 'Armenia and Azerbaijan', exact: true })).toHaveAttribute(
      'href',
      '/relations/armenia--azerbaijan/',
    );
    await page.locator('main header').getByRole('link', { name: 'Actors' }).click();
    await expect(page).toHaveURL(`${FIXTURE}/actors/`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['States', 'Organisations']);
  });

  test('in Dari, an article’s section leads to its actor’s page, and its borders to their relation’s page', async ({
    page,
  }) => {
    await page.goto(DARI.article(SLUG));
    await expect(page.locator('.map-places a[href="/fa/relations/afghanistan--pakistan/"]')).toHaveText(
      DARI.words.actors.relation('افغانستان', 'پاکستان'),
    );
    await page.locator('section#pakistan .section-about a').click();
    await expect(page).toHaveURL(/\/fa\/actors\/pakistan\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', DARI.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('پاکستان');
    await expect(
      page.getByRole('link', { name: DARI.words.actors.relation('افغانستان', 'پاکستان'), exact: true }),
    ).toHaveAttribute('href', '/fa/relations/afghanistan--pakistan/');
  });
});

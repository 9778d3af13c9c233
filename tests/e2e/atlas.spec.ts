import { expect, test } from './reader';
import { ENGLISH } from './editions';
import { FIXTURE_SITE } from './helpers';

// The home page's atlas on the fixture site: the Nordic, Baltic and Caucasus analyses as one site
// (playwright.config.ts), two regions far apart on one map, crowded countries among them.
const HOME = `${FIXTURE_SITE}/`;
const { words } = ENGLISH;

test('the atlas shows both regions’ events, a marker lands on its passage, a crowded country leads to its page', async ({
  page,
}) => {
  await page.goto(HOME);
  const map = page.locator('figure[data-map="atlas"] svg');
  // Riga in the Baltic, Baku in the Caucasus; Finland's towns too close to tell apart, gathered.
  await expect(map.locator('#map-marker-riga')).toBeVisible();
  await expect(map.locator('#map-marker-baku')).toBeVisible();
  await expect(map.locator('#map-marker-country-fin')).toHaveAttribute('href', '/actors/finland/');
  await expect(map.locator('#map-marker-country-fin')).toHaveAccessibleName(/^Finland: 5 events/);
  await map.locator('#map-marker-baku').click();
  await expect(page).toHaveURL(/\/analyses\/caucasus-fixture\/#caucasus-baku-talks$/);
  await expect(page.locator('#caucasus-baku-talks')).toBeInViewport();
});

test('with script, an actor shows only its analyses in place and the address keeps it; a strange actor shows all', async ({
  page,
}) => {
  const list = page.getByRole('list', { name: words.site.homeList }).getByRole('heading');
  await page.goto(`${HOME}?actor=<script>`);
  await expect(list).toHaveCount(3);
  const filter = page.getByRole('navigation', { name: words.atlas.filter });
  await filter.getByRole('link', { name: 'European Union' }).click();
  await expect(page).toHaveURL(`${HOME}?actor=eu`);
  await expect(list).toHaveText(['Fixture: two Caucasus states', 'Fixture: three Baltic states']);
  await expect(filter.getByRole('status')).toHaveText('Analyses about European Union: 2 of 3');
  await expect(filter.getByRole('link', { name: 'European Union' })).toHaveAttribute('aria-current', 'true');
  await page.reload();
  await expect(list).toHaveCount(2);
  await filter.getByRole('link', { name: words.atlas.all }).click();
  await expect(page).toHaveURL(HOME);
  await expect(list).toHaveCount(3);
});

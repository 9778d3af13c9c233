import { afterAll, describe, expect, test } from 'vitest';
import { passagePath } from '../../../src/lib/anchors';
import { atlasActors, atlasEntries } from '../../../src/lib/atlas/atlas-list';
import { buildAtlasMap } from '../../../src/lib/atlas/atlas-map';
import { langFor } from '../../../src/lib/i18n/lang';
import type { LoadedAnalysis } from '../../../src/lib/load/loaded-analysis';
import { loadFixtureSites } from '../actors/fixture-sites';

// The home page of a site of three analyses in three regions (the Nordic, Baltic and Caucasus
// fixtures): its list of analyses, the filter by actor above it, and the atlas, one map of every
// analysis's places and borders. Each is worked out inside the test that reads it.
const before = process.env.BORDERLINES_CONTENT_ROOT;
const analyses = loadFixtureSites(['nordic', 'baltic', 'caucasus']);
afterAll(() => {
  if (before === undefined) delete process.env.BORDERLINES_CONTENT_ROOT;
  else process.env.BORDERLINES_CONTENT_ROOT = before;
});
const en = langFor('en');
const fa = langFor('fa');

describe('the list of analyses', () => {
  test('gives each analysis its address in the edition, its title, dek and date, and links to its actors', () => {
    const entries = atlasEntries(analyses, fa);
    expect(entries.map(({ slug, href }) => [slug, href])).toEqual(
      analyses.map(({ slug }) => [slug, `/fa/analyses/${slug}/`]),
    );
    const baltic = entries.find((entry) => entry.slug === 'baltic-fixture')!;
    expect(baltic.title).toBe('Fixture: three Baltic states');
    expect(baltic.dek).toMatch(/^A tiny analysis in another region/);
    expect(baltic.published).toEqual(new Date('2024-05-01'));
    expect(baltic.actors).toEqual([
      { id: 'estonia', name: 'استونیا', href: '/fa/actors/estonia/' },
      { id: 'latvia', name: 'لاتویا', href: '/fa/actors/latvia/' },
      { id: 'eu', name: 'اتحادیه اروپا', href: '/fa/actors/eu/' },
    ]);
  });

  test('draws each analysis’s own region as its thumbnail', () => {
    const thumbnails = atlasEntries(analyses, en).map(({ thumbnail }) => thumbnail);
    for (const thumbnail of thumbnails) expect(thumbnail).toMatch(/^M[\d.,-]+/);
    expect(new Set(thumbnails).size).toBe(analyses.length);
  });
});

describe('the filter by actor', () => {
  test('offers every actor of any analysis once, by name, saying how many of the analyses are about it', () => {
    const choices = atlasActors(analyses, en);
    expect(choices.map(({ name }) => name)).toEqual([
      'Armenia',
      'Azerbaijan',
      'Estonia',
      'European Union',
      'Finland',
      'Latvia',
      'Sweden',
    ]);
    const eu = choices.find((choice) => choice.id === 'eu')!;
    expect(eu).toEqual({
      id: 'eu',
      name: 'European Union',
      href: '/actors/eu/',
      status: en.words.atlas.showing('European Union', '2', '3'),
    });
  });

  test('in Dari, orders the names as Dari does and counts in its digits', () => {
    const choices = atlasActors(analyses, fa);
    const names = choices.map(({ name }) => name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fa')));
    const eu = choices.find((choice) => choice.id === 'eu')!;
    expect(eu.status).toBe(fa.words.atlas.showing('اتحادیه اروپا', '۲', '۳'));
  });
});

describe('the atlas', () => {
  const eventIds = (analysis: LoadedAnalysis) =>
    analysis.events.filter((event) => event.place !== null).map((event) => `${analysis.slug}/${event.id}`);

  test('shows each event with a place once, leading to its passage in its own analysis; a crowded country is one marker, leading to its actor’s page', () => {
    const map = buildAtlasMap(analyses, en)!;
    const all = analyses.flatMap(eventIds);
    const places = [...map.markers, ...map.callouts].filter((link) => link.kind !== 'group');
    for (const link of places) {
      expect(link.events, link.key).toHaveLength(1);
      const [slug, id] = link.events[0]!.split('/') as [string, string];
      expect(link.href, link.key).toBe(passagePath(slug, id));
    }
    const shown = [...places, ...map.borders].flatMap((link) => link.events);
    expect(new Set(shown).size, 'each event once').toBe(shown.length);
    for (const id of shown) expect(all).toContain(id);
    expect(map.borders.map(({ id, href }) => [id, href])).toEqual([
      ['EST-LVA', '/analyses/baltic-fixture/#border-passage'],
      ['ARM-AZE', '/analyses/caucasus-fixture/#border-passage'],
      ['FIN-SWE', '/analyses/nordic-fixture/#border-incident'],
    ]);
    // The Nordic fixture's cluster of towns: Finland's places are one marker.
    const finland = map.markers.find((marker) => marker.key === 'country-fin')!;
    expect(finland.href).toBe('/actors/finland/');
    expect(finland.accessibleName).toMatch(/^Finland: \d+ events in the analyses; see everything about Finland$/);
  });

  test('a crowded country no analysis of the edition names as an actor leads to the list of analyses', () => {
    const withoutFinland = analyses.map((analysis) =>
      analysis.slug === 'nordic-fixture'
        ? {
            ...analysis,
            entry: {
              ...analysis.entry,
              data: { ...analysis.entry.data, entities: analysis.entry.data.entities.filter((id) => id !== 'finland') },
            },
          }
        : analysis,
    ) as LoadedAnalysis[];
    const finland = buildAtlasMap(withoutFinland, en)!.markers.find((marker) => marker.key === 'country-fin')!;
    expect(finland.href).toBe('#analyses');
    expect(finland.accessibleName).toMatch(/^Finland: \d+ events in the analyses; see the analyses below$/);
  });

  test('a border two analyses draw is drawn once, leading to the first', () => {
    const baltic = analyses.find((analysis) => analysis.slug === 'baltic-fixture')!;
    const again = { ...baltic, slug: 'baltic-again' };
    const borders = buildAtlasMap([baltic, again], en)!.borders;
    expect(borders.map(({ id, href }) => [id, href])).toEqual([
      ['EST-LVA', '/analyses/baltic-fixture/#border-passage'],
    ]);
  });

  test('with no analysis, there is no map', () => {
    expect(buildAtlasMap([], en)).toBeUndefined();
  });
});

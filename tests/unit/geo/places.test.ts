import { describe, expect, test } from 'vitest';
import { containsProjected } from '../../../src/lib/geo/contains';
import { boxesOverlap } from '../../../src/lib/geo/labels';
import { calloutBox } from '../../../src/lib/geo/callouts';
import { byCode, loadFixtureAnalysis } from './load-fixture';

const site = loadFixtureAnalysis('.', 'taliban-iran-pakistan-2022');

describe('the places of the first analysis on its map', () => {
  const capital = (name: string) => site.eventsFile.map.capitals.find((c) => c.name === name)!.coordinates;
  const eventPoint = (id: string) => {
    const place = site.eventsFile.events.find((event) => event.id === id)!.place!;
    if (!('coordinates' in place)) throw new Error(`${id} has no point`);
    return place.coordinates;
  };

  test.each([
    ['Kabul', 'AFG', () => capital('Kabul')],
    ['Kunar Province', 'AFG', () => eventPoint('kunar-rocket-exchange')],
    ['Tehran', 'IRN', () => capital('Tehran')],
    ['Chabahar', 'IRN', () => eventPoint('chabahar-port')],
    ['Islamabad', 'PAK', () => capital('Islamabad')],
  ] as const)('%s, as the data places it, falls inside %s as the map draws it', (_name, code, place) => {
    expect(containsProjected(byCode.get(code)!.geometry, site.frame.projection, place())).toBe(true);
  });

  test('a point in the wrong country is not inside it', () => {
    expect(containsProjected(byCode.get('PAK')!.geometry, site.frame.projection, [69.18, 34.53])).toBe(false);
  });

  test('every event placed at a point or in a country sits inside the frame or is an off-map callout', () => {
    const onMap = site.model.markers.flatMap((marker) => marker.events);
    const offMap = site.model.callouts.flatMap((callout) => callout.events);
    const placed = site.linked.events.filter((event) => event.place && !('border' in event.place)).map((e) => e.id);
    expect([...onMap, ...offMap].sort()).toEqual(placed.sort());
    expect(offMap.sort()).toEqual(['baradar-moscow-rumour', 'oslo-talks']);
  });

  test('events the reporting gives no place for are on no marker, callout or border', () => {
    const drawn = [...site.model.markers, ...site.model.callouts, ...site.model.borders].flatMap((link) => link.events);
    for (const id of ['china-iran-agreement', 'putin-raisi-meeting', 'india-aid-transit']) {
      expect(drawn).not.toContain(id);
    }
  });

  test('the five Kabul events share one marker that links to the list of them', () => {
    const kabul = site.model.markers.find((marker) => marker.events.includes('eu-office-kabul'))!;
    expect(kabul.kind).toBe('group');
    expect(kabul.events).toHaveLength(5);
    expect(kabul.href).toBe('#map-place-kabul');
    expect(site.model.places.find((place) => place.anchor === 'map-place-kabul')!.events).toHaveLength(5);
  });

  test('places the reporting gives only as a country are marked, labelled and named as the whole country', () => {
    const countries = site.model.markers.filter((marker) => marker.country);
    expect(countries.flatMap((marker) => marker.events).sort()).toEqual(['houthi-uae-attack', 'water-release']);
    for (const marker of countries) {
      expect(marker.accessibleName).toMatch(/\(the country; no place in it is named\)/);
      expect(site.model.places.find((place) => place.anchor === `map-place-${marker.key}`)!.name).toMatch(
        /\(country\)$/,
      );
    }
    const norway = site.model.callouts.find((callout) => callout.events.includes('oslo-talks'))!;
    expect(norway).toMatchObject({ country: true, label: 'Norway (country)', distance: 'NW' });
  });

  test('capitals, event places and the three countries are all labelled', () => {
    const ids = site.model.labels.map((label) => label.id);
    expect(site.model.unplacedLabels.filter((id) => !id.startsWith('neighbour-'))).toEqual([]);
    expect(ids).toEqual(
      expect.arrayContaining([
        'country-AFG',
        'country-IRN',
        'country-PAK',
        'capital-Kabul',
        'capital-Tehran',
        'capital-Islamabad',
        'place-kunar',
        'place-chabahar',
      ]),
    );
  });

  test('no label overlaps another label, a marker or a callout', () => {
    const { labels, markers, callouts } = site.model;
    // The painted size of each marker: approximate ring, grouped disc, or a single symbol.
    const radius = (m: (typeof markers)[number]) =>
      m.approximate ? 11.8 : m.country ? 11.6 : m.kind === 'group' ? 9.8 : 8;
    const markerBoxes = markers.map((m) => ({
      x: m.x - radius(m),
      y: m.y - radius(m),
      width: 2 * radius(m),
      height: 2 * radius(m),
    }));
    const others = [...markerBoxes, ...callouts.map(calloutBox)];
    for (const label of labels) {
      const { box } = label;
      for (const other of labels)
        if (other !== label) expect(boxesOverlap(box, other.box), `${label.id} × ${other.id}`).toBe(false);
      for (const other of others) expect(boxesOverlap(box, other), label.id).toBe(false);
    }
  });

  test('off-map callouts point the way the place lies and give its distance from Kabul', () => {
    const moscow = site.model.callouts.find((callout) => callout.events.includes('baradar-moscow-rumour'))!;
    expect(moscow.distance).toMatch(/^3,\d{3} km NW$/);
    expect(moscow.edge).toBe('top');
    expect(moscow.angle).toBeLessThan(-90); // up and to the left on the map
    const norway = site.model.callouts.find((callout) => callout.events.includes('oslo-talks'))!;
    expect(norway.edge).toBe('top');
    expect(norway.angle).toBeLessThan(moscow.angle); // further west than Moscow
  });

  test('borders follow the order of the text', () => {
    expect(site.model.borders.map((border) => border.id)).toEqual(['AFG-IRN', 'AFG-PAK']);
  });
});

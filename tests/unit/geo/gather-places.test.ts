import { describe, expect, test } from 'vitest';
import type { LinkedEvent } from '../../../src/lib/content/link-events';
import { fitFrame } from '../../../src/lib/geo/frame';
import { gatherCrowdedCountries, type Gathering } from '../../../src/lib/geo/gather-places';
import type { PlaceGroup } from '../../../src/lib/geo/markers';
import { countryAt, countryOfPlace } from '../../../src/lib/geo/place-country';
import { regionCollection } from '../../../src/lib/geo/region';
import { HIT } from '../../../src/lib/geo/symbol-metrics';
import { groups as firstAnalysisGroups } from './first-analysis';
import { byCode } from './load-fixture';

// Northern Europe as a map spanning analyses would frame it, and places in it made up for the test.
const REGION = ['SWE', 'FIN', 'EST', 'LVA', 'LTU'];
const frame = fitFrame(regionCollection(byCode, REGION));
const template = firstAnalysisGroups()[0]!.events[0]!;

/** A place with one event, at a point. */
function place(name: string, coordinates: [number, number]): PlaceGroup<LinkedEvent> {
  const event = { ...template, id: name, place: { name, coordinates } };
  return { key: name, name, coordinates, events: [event], approximate: false, country: false, offMap: false };
}

const gathering: Gathering = {
  countryOf: (group) => countryOfPlace(group, byCode),
  link: (country, events) => ({ name: country, href: `/actors/${country}/`, accessibleName: `${country}: ${events}` }),
  spacing: HIT.spacing,
  maxEvents: 12,
};
const gather = (groups: PlaceGroup<LinkedEvent>[], rule = gathering) => gatherCrowdedCountries(groups, frame, rule);

/** Points spread over the region's box by a fixed sequence (no clock, no randomness), kept where they are on land. */
function landPlaces(count: number): PlaceGroup<LinkedEvent>[] {
  const places: PlaceGroup<LinkedEvent>[] = [];
  for (let i = 0; places.length < count; i++) {
    const point: [number, number] = [13 + ((i * 7.31) % 17), 54 + ((i * 3.77) % 15)];
    if (countryAt(point, byCode)) places.push(place(`place-${i}`, point));
  }
  return places;
}

describe('gatherCrowdedCountries', () => {
  test('three hundred places make no more markers than there are countries, and no event is lost', () => {
    const places = landPlaces(300);
    const countries = new Set(places.map((group) => countryAt(group.coordinates, byCode)));
    const drawn = gather(places);
    expect(drawn.length).toBeLessThanOrEqual(countries.size);
    expect(drawn.reduce((sum, group) => sum + group.events.length, 0)).toBe(300);
  });

  test('without a limit of events, the places left to a country still stand apart at the spacing', () => {
    const drawn = gather(landPlaces(300), { ...gathering, maxEvents: Infinity });
    const apart = drawn
      .filter((group) => !group.gathered)
      .map((group) => ({ at: frame.projection(group.coordinates)!, country: countryAt(group.coordinates, byCode) }));
    for (const [i, { at, country }] of apart.entries()) {
      for (const other of apart.slice(i + 1).filter((o) => o.country === country))
        expect(Math.hypot(other.at[0] - at[0], other.at[1] - at[1])).toBeGreaterThanOrEqual(HIT.spacing);
    }
    expect(drawn.length).toBeLessThan(60);
  });

  test('a country whose places stand apart keeps a marker for each', () => {
    const places = [place('stockholm', [17.95, 59.35]), place('kiruna', [20.23, 67.86])];
    expect(gather(places)).toEqual(places);
  });

  test('towns too close to tell apart gather their country into one marker that leads to its page; the others stay', () => {
    const stockholm = place('stockholm', [17.95, 59.35]);
    const drawn = gather([place('helsinki', [24.94, 60.17]), stockholm, place('espoo', [24.66, 60.21])]);
    expect(drawn).toHaveLength(2);
    expect(drawn[0]).toMatchObject({
      key: 'country-fin',
      gathered: { href: '/actors/FIN/', accessibleName: 'FIN: 2' },
      offMap: false,
      // Its places are known: the marker is neither a stand-in for the country nor approximate.
      approximate: false,
      country: false,
    });
    expect(drawn[0]!.events.map((event) => event.id)).toEqual(['helsinki', 'espoo']);
    expect(drawn[1]).toBe(stockholm);
  });

  test('a country whose places hold more events than a list should is gathered, however far apart they are', () => {
    const busy = place('stockholm', [17.95, 59.35]);
    busy.events = Array.from({ length: 13 }, (_, i) => ({ ...busy.events[0]!, id: `event-${i}` }));
    expect(gather([busy])[0]!.gathered).toBeDefined();
  });

  test('a place at sea, in no country, is never gathered', () => {
    const sea = [place('gotland-deep', [20, 57.3]), place('gotland-deep-2', [20.01, 57.31])];
    expect(gather(sea)).toEqual(sea);
  });
});

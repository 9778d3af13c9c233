import { describe, expect, test } from 'vitest';
import type { Feature } from 'geojson';
import { locateEvent } from '../../../src/lib/geo/locate';
import { eventName, groupEventsByPlace as group, groupName, shortPlaceLabel } from '../../../src/lib/geo/markers';
import type { AnalysisEvent } from '../../../src/schemas/event';
import { makeEvent } from '../fixtures';
import { langFor } from '../../../src/lib/i18n/lang';

const english = langFor('en');

/** A square country, 2° a side, centred on [60, 30]. */
const square: Feature = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [59, 29],
        [59, 31],
        [61, 31],
        [61, 29],
        [59, 29],
      ],
    ],
  },
};
const countries = new Map([['IRN', square]]);
const groupEventsByPlace = (events: AnalysisEvent[]) => group(events, (event) => locateEvent(event, countries));

const at = (id: string, name: string, coordinates: [number, number], precision: 'city' | 'approximate' = 'city') =>
  makeEvent({ id, place: { name, coordinates }, precision, title: `Event ${id}` });

describe('groupEventsByPlace', () => {
  test('events at the same coordinates become one group; border and timeline events none', () => {
    const groups = groupEventsByPlace([
      at('a', 'Kabul', [69.18, 34.53]),
      at('b', 'Kabul', [69.18, 34.53]),
      at('c', 'Tehran', [51.39, 35.69]),
      makeEvent({ id: 'd' }),
      makeEvent({ id: 'e', place: null, precision: undefined, timelineOnly: true }),
    ]);
    expect(groups.map((group) => [group.key, group.events.map((event) => event.id)])).toEqual([
      ['kabul', ['a', 'b']],
      ['tehran', ['c']],
    ]);
  });

  test('a group is named after its most precisely placed event and is approximate only if all are', () => {
    const [group] = groupEventsByPlace([
      at('a', 'Russia (approximate)', [37.62, 55.75], 'approximate'),
      at('b', 'Moscow', [37.62, 55.75]),
    ]);
    expect(group).toMatchObject({ name: 'Moscow', approximate: false });
  });

  test('a place is off the map when any of its events is said to be', () => {
    const moscow = (id: string, offMap: boolean) =>
      makeEvent({ id, place: { name: 'Moscow', coordinates: [37.62, 55.75], offMap }, precision: 'city' });
    expect(groupEventsByPlace([moscow('a', false), moscow('b', true)]).map((g) => g.offMap)).toEqual([true]);
    expect(groupEventsByPlace([moscow('a', false), moscow('b', false)]).map((g) => g.offMap)).toEqual([false]);
  });

  test('two places of one name at different points each get their own address', () => {
    const groups = groupEventsByPlace([
      at('a', 'Kabul', [69.18, 34.53]),
      at('b', 'Kabul', [69.2, 34.6]),
      at('c', 'Kabul', [69.3, 34.7]),
    ]);
    const keys = groups.map((group) => group.key);
    expect(keys.slice(0, 2)).toEqual(['kabul', 'kabul-2']);
    expect(new Set(keys).size).toBe(3);
  });

  test('a place whose every event is placed approximately is drawn as approximate', () => {
    const [group] = groupEventsByPlace([
      at('a', 'Sistan region (approximate)', [61.5, 30.5], 'approximate'),
      at('b', 'Sistan region (approximate)', [61.5, 30.5], 'approximate'),
    ]);
    expect(group).toMatchObject({ approximate: true });
  });

  test('an event without a place is read out as having none', () => {
    expect(
      eventName(makeEvent({ id: 'n', title: 'Talks', place: null, precision: undefined }), english.words),
    ).toContain(english.words.events.noPlace);
  });

  test('a group’s accessible name lists every event with its kind, date and hedges', () => {
    const hedged = { ...at('b', 'Kabul', [69.18, 34.53]), hedge: ['anonymous-sources' as const] };
    const [group] = groupEventsByPlace([at('a', 'Kabul', [69.18, 34.53]), hedged]);
    expect(groupName(group!, english)).toBe(
      'Kabul: 2 events — Clash: Event a (early December 2021); Clash: Event b (early December 2021; anonymous sources)',
    );
  });

  test('a single event’s accessible name is its kind, title, place and date', () => {
    const [group] = groupEventsByPlace([at('a', 'Tehran', [51.39, 35.69])]);
    expect(groupName(group!, english)).toBe('Clash: Event a — Tehran, early December 2021');
  });

  test('a single event’s accessible name carries its hedges and who says so', () => {
    const hedged = {
      ...at('a', 'Tehran', [51.39, 35.69]),
      hedge: ['reported' as const],
      attribution: 'the Taliban said',
    };
    const [group] = groupEventsByPlace([hedged]);
    expect(groupName(group!, english)).toBe(
      'Clash: Event a — Tehran, early December 2021 (reported; who says so: the Taliban said)',
    );
  });

  test('a country named without a place is marked at its middle and said to be the whole country', () => {
    const [group] = groupEventsByPlace([
      makeEvent({ id: 'w', title: 'Water', place: { name: 'Iran', country: 'IRN' }, precision: 'country' }),
    ]);
    expect(group).toMatchObject({ key: 'iran', country: true, approximate: false });
    expect(group!.coordinates[0]).toBeCloseTo(60, 1);
    expect(group!.coordinates[1]).toBeCloseTo(30, 1);
    expect(groupName(group!, english)).toBe(
      'Clash: Water — Iran (the country; no place in it is named), early December 2021',
    );
  });

  test('a country event and a city event at the same point stay two markers', () => {
    const groups = groupEventsByPlace([
      makeEvent({ id: 'w', place: { name: 'Iran', country: 'IRN' }, precision: 'country' }),
      at('c', 'Somewhere', [60, 30]),
    ]);
    expect(groups.map((g) => [g.key, g.country])).toEqual([
      ['iran', true],
      ['somewhere', false],
    ]);
  });
});

describe('shortPlaceLabel', () => {
  test.each([
    ['Sistan, eastern Iran (approximate)', 'approximately', 'Sistan (approx.)'],
    ['the Durand Line (Afghanistan–Pakistan border)', 'exactly', 'Durand Line'],
    ['Kunar Province', 'exactly', 'Kunar'],
    ['across Pakistan; route not named', 'approximately', 'Across Pakistan (approx.)'],
    ['Norway', 'for-country', 'Norway (country)'],
  ] as const)('%s → %s', (name, stands, label) => {
    expect(shortPlaceLabel(name, stands, english.words)).toBe(label);
  });
});

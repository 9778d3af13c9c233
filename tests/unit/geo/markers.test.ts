import { describe, expect, test } from 'vitest';
import { groupEventsByPlace, groupName, shortPlaceLabel } from '../../../src/lib/geo/markers';
import { makeEvent } from '../fixtures';

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

  test('a group’s accessible name lists every event with its date', () => {
    const [group] = groupEventsByPlace([at('a', 'Kabul', [69.18, 34.53]), at('b', 'Kabul', [69.18, 34.53])]);
    expect(groupName(group!)).toBe('Kabul: 2 events — Event a (early December 2021); Event b (early December 2021)');
  });

  test('a single event’s accessible name is its title, place and date', () => {
    const [group] = groupEventsByPlace([at('a', 'Tehran', [51.39, 35.69])]);
    expect(groupName(group!)).toBe('Event a — Tehran, early December 2021');
  });
});

describe('shortPlaceLabel', () => {
  test.each([
    ['Sistan, eastern Iran (approximate)', true, 'Sistan (approx.)'],
    ['the Durand Line (Afghanistan–Pakistan border)', false, 'Durand Line'],
    ['Kunar Province', false, 'Kunar'],
    ['across Pakistan; route not named', true, 'Across Pakistan (approx.)'],
  ])('%s → %s', (name, approximate, label) => {
    expect(shortPlaceLabel(name, approximate)).toBe(label);
  });
});

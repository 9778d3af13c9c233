import { describe, expect, test } from 'vitest';
import { isFiltering, isShown, NO_FILTERS, parseFilters, toggle, writeFilters } from '../../../src/lib/sync/filters';
import { syncData } from './sync-data';

const [oldWar, clash, summit, visit] = syncData.events as [
  (typeof syncData.events)[number],
  (typeof syncData.events)[number],
  (typeof syncData.events)[number],
  (typeof syncData.events)[number],
];

describe('filters', () => {
  test('reads entities and kinds from the query, comma-separated or repeated', () => {
    const filters = parseFilters('?entity=iran&kind=clash,diplomacy&kind=history', syncData);
    expect([...filters.entities]).toEqual(['iran']);
    expect([...filters.kinds].sort()).toEqual(['clash', 'diplomacy', 'history']);
  });

  test('ignores unknown, empty and malformed values', () => {
    const filters = parseFilters('?entity=%%&entity=china,,IRAN&kind=<script>', syncData);
    expect([...filters.entities]).toEqual(['iran']);
    expect(filters.kinds.size).toBe(0);
  });

  test('an event shows when one of its entities and its kind are chosen', () => {
    const filters = parseFilters('?entity=iran&kind=diplomacy', syncData);
    expect([oldWar, clash, summit, visit].map((event) => isShown(event, filters))).toEqual([false, false, false, true]);
  });

  test('no filter shows everything', () => {
    const filters = parseFilters('', syncData);
    expect(syncData.events.every((event) => isShown(event, filters))).toBe(true);
  });

  test('writing a filter keeps other parameters and reads back the same', () => {
    const filters = toggle(toggle(parseFilters('', syncData), 'entities', 'pakistan'), 'kinds', 'clash');
    const query = writeFilters('?utm_source=x', filters);
    expect(query).toBe('?utm_source=x&entity=pakistan&kind=clash');
    expect(parseFilters(query, syncData)).toEqual(filters);
  });

  test('clearing leaves no query at all', () => {
    expect(writeFilters('?entity=iran', parseFilters('', syncData))).toBe('');
  });

  test('toggling twice undoes the choice', () => {
    const none = parseFilters('', syncData);
    expect(toggle(toggle(none, 'kinds', 'clash'), 'kinds', 'clash')).toEqual(none);
  });
  test('a shared filter’s address names the choices in one order, with plain commas, however they were picked', () => {
    const none = parseFilters('', syncData);
    const one = toggle(
      toggle(toggle(toggle(none, 'entities', 'pakistan'), 'entities', 'iran'), 'kinds', 'diplomacy'),
      'kinds',
      'clash',
    );
    const other = toggle(
      toggle(toggle(toggle(none, 'kinds', 'clash'), 'kinds', 'diplomacy'), 'entities', 'iran'),
      'entities',
      'pakistan',
    );
    expect(writeFilters('', one)).toBe('?entity=iran,pakistan&kind=clash,diplomacy');
    expect(writeFilters('', other)).toBe(writeFilters('', one));
  });

  test('choosing only an actor drops the kind the address named before', () => {
    expect(writeFilters('?kind=clash', toggle(parseFilters('', syncData), 'entities', 'iran'))).toBe('?entity=iran');
  });

  test('a value written with spaces around it still filters', () => {
    expect([...parseFilters('?entity=%20iran%20', syncData).entities]).toEqual(['iran']);
  });

  test('an absurdly long query filters nothing; a long one still does', () => {
    const padded = (length: number) => `?entity=iran&x=${'a'.repeat(length - '?entity=iran&x='.length)}`;
    expect(parseFilters(padded(2001), syncData).entities.size).toBe(0);
    expect([...parseFilters(padded(2000), syncData).entities]).toEqual(['iran']);
  });

  test('the control to clear the filters shows while an actor or a kind is chosen, and only then', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering(toggle(NO_FILTERS, 'entities', 'iran'))).toBe(true);
    expect(isFiltering(toggle(NO_FILTERS, 'kinds', 'clash'))).toBe(true);
  });
});

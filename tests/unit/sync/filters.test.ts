import { describe, expect, test } from 'vitest';
import { isShown, parseFilters, toggle, writeFilters } from '../../../src/lib/sync/filters';
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
});

import { describe, expect, test } from 'vitest';
import { placeInsetCircle, isUnderInset } from '../../../src/lib/geo/inset';
import { regionBorders } from '../../../src/lib/geo/neighbours';
import { atlas } from './load-fixture';

describe('regionBorders', () => {
  test('the borders between the region’s countries, each named in alphabetical order, listed in order', () => {
    expect(regionBorders(atlas.countries, ['PAK', 'IRN', 'AFG'])).toEqual(['AFG-IRN', 'AFG-PAK', 'IRN-PAK']);
  });

  test('countries that touch no other of the region give no border', () => {
    expect(regionBorders(atlas.countries, ['IRN', 'NOR'])).toEqual([]);
  });
});

describe('isUnderInset', () => {
  const frame = { width: 800, height: 600 };
  const { cx, cy, radius } = placeInsetCircle(frame);

  test('a point on the globe, or near enough that a symbol there would touch it, is under it', () => {
    expect(isUnderInset(frame, [cx, cy], 0)).toBe(true);
    expect(isUnderInset(frame, [cx - radius - 5, cy], 6)).toBe(true);
  });

  test('a point just clear of the globe and its symbol’s half-width is not', () => {
    expect(isUnderInset(frame, [cx - radius - 5, cy], 4)).toBe(false);
    expect(isUnderInset(frame, [cx - radius - 5, cy], 5)).toBe(false);
  });
});

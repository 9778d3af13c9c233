import { describe, expect, test } from 'vitest';
import {
  focusRingRadius,
  HIT,
  MARKER,
  markerClearance,
  SMALLEST_SCALE,
  TOUCH,
} from '../../../src/lib/geo/symbol-metrics';

const single = { kind: 'clash', approximate: false, country: false };

describe('markerClearance', () => {
  test('labels keep further from a grouped disc than from a single symbol', () => {
    expect(markerClearance({ ...single, kind: 'group' })).toBeGreaterThan(markerClearance(single));
  });

  test('an approximate ring or a country square keeps labels clear of what is drawn round the symbol', () => {
    expect(markerClearance({ ...single, approximate: true })).toBeGreaterThan(MARKER.approximateRing);
    expect(markerClearance({ ...single, country: true })).toBeGreaterThan(MARKER.countrySquare);
    expect(markerClearance({ ...single, kind: 'group', country: true })).toBe(
      markerClearance({ ...single, country: true }),
    );
  });

  test('the focus ring is drawn outside everything a marker paints, and inside the room its label keeps', () => {
    for (const shape of [single, { ...single, kind: 'group' }, { ...single, approximate: true }]) {
      expect(focusRingRadius(shape) - 2).toBeGreaterThanOrEqual(markerClearance(shape));
      expect(focusRingRadius(shape) + 2).toBeLessThan(markerClearance(shape) + 4.5);
    }
  });
});

describe('HIT', () => {
  test('at the smallest scale the page shows, a lone marker takes a disc 44 px across', () => {
    expect(2 * HIT.radius * SMALLEST_SCALE).toBeGreaterThanOrEqual(TOUCH.target);
  });

  test('symbols are spaced so that each keeps a disc 24 px across, and a tap 10 px from its centre', () => {
    expect(HIT.spacing * SMALLEST_SCALE).toBeGreaterThanOrEqual(TOUCH.floor);
    expect((HIT.spacing / 2) * SMALLEST_SCALE).toBeGreaterThan(10);
  });

  test('a border’s band and a callout’s box are 44 px across at the smallest scale', () => {
    expect(HIT.border * SMALLEST_SCALE).toBeGreaterThanOrEqual(TOUCH.target);
    expect(HIT.callout * SMALLEST_SCALE).toBeGreaterThanOrEqual(TOUCH.target);
  });
});

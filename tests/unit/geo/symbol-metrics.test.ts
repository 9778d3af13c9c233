import { describe, expect, test } from 'vitest';
import { MARKER, MARKER_CLEARANCE, markerClearance } from '../../../src/lib/geo/symbol-metrics';

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

  test('a finger can take any marker by more than what it paints, and the focus ring is drawn outside that', () => {
    expect(MARKER.hit).toBeGreaterThan(Math.max(...Object.values(MARKER_CLEARANCE)));
    expect(MARKER.focusRing).toBeGreaterThan(MARKER.hit);
  });
});

import { describe, expect, test } from 'vitest';
import {
  bearingDegrees,
  compassPoint,
  distanceKm,
  edgePoint,
  formatDistance,
  spreadAlong,
} from '../../../src/lib/geo/offmap';
import { langFor } from '../../../src/lib/i18n/lang';

const english = langFor('en');

const KABUL: [number, number] = [69.18, 34.53];
const OSLO: [number, number] = [10.75, 59.91];

describe('distances and bearings', () => {
  test('one degree of latitude is about 111 km', () => {
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.19, 1);
  });

  test('a quarter of the equator is about 10,008 km', () => {
    expect(distanceKm([0, 0], [90, 0])).toBeCloseTo(10007.5, 0);
  });

  test('due north is 0°, due east along the equator is 90°, due west 270°', () => {
    expect(bearingDegrees([10, 10], [10, 20])).toBeCloseTo(0, 6);
    expect(bearingDegrees([0, 0], [10, 0])).toBeCloseTo(90, 6);
    expect(bearingDegrees([0, 0], [-10, 0])).toBeCloseTo(270, 6);
  });

  test('the great circle from Kabul to Oslo sets off north-west', () => {
    const bearing = bearingDegrees(KABUL, OSLO);
    expect(bearing).toBeGreaterThan(292.5);
    expect(bearing).toBeLessThan(337.5);
    expect(compassPoint(bearing, english.words)).toBe('NW');
  });

  test('compass points round to the nearest of eight, and 359° is north', () => {
    expect([0, 22, 23, 90, 180, 225, 314, 359].map((bearing) => compassPoint(bearing, english.words))).toEqual([
      'N',
      'N',
      'NE',
      'E',
      'S',
      'SW',
      'NW',
      'N',
    ]);
  });

  test('a distance is written to the nearest ten kilometres with its direction', () => {
    expect(formatDistance([0, 0], [0, 1], english)).toBe('110 km N');
    expect(formatDistance(KABUL, OSLO, english)).toMatch(/^\d,\d{2}0 km NW$/);
  });
});

describe('edgePoint', () => {
  const frame = { width: 400, height: 300 };

  test('a ray heading east leaves through the right edge at its own height', () => {
    expect(edgePoint(frame, [100, 150], [900, 150], 6)).toEqual({ point: [394, 150], angle: 0, edge: 'right' });
  });

  test('a ray heading up and left leaves through whichever edge it meets first', () => {
    const { point, edge, angle } = edgePoint(frame, [200, 150], [-1000, -200], 6);
    expect(edge).toBe('left');
    expect(point[0]).toBeCloseTo(6, 9);
    expect(angle).toBeCloseTo(-163.7, 1);
  });

  test('a ray heading straight up leaves through the top edge', () => {
    expect(edgePoint(frame, [200, 150], [200, -50], 6).edge).toBe('top');
  });
});

describe('spreadAlong', () => {
  test('items that would overlap are moved apart just enough, in order', () => {
    expect(spreadAlong([100, 105], [40, 40], 4, 0, 400)).toEqual([100, 144]);
  });

  test('items already apart stay where they are', () => {
    expect(spreadAlong([300, 100], [20, 20], 4, 0, 400)).toEqual([300, 100]);
  });

  test('items pushed past the end are packed back from it', () => {
    const spread = spreadAlong([390, 395], [40, 40], 4, 0, 400);
    expect(spread).toEqual([336, 380]);
  });
});

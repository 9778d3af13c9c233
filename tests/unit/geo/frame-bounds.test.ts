import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { fitFrame } from '../../../src/lib/geo/frame';
import { frameGeoBox, mayShow } from '../../../src/lib/geo/frame-bounds';

/** A country drawn as a box of longitudes and latitudes, its ring clockwise as d3 wants. */
function boxCountry(west: number, south: number, east: number, north: number): Feature<Polygon> {
  const ring = [
    [west, south],
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

const region = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('frameGeoBox and mayShow', () => {
  // About where Afghanistan, Iran and Pakistan are.
  const frame = fitFrame(region([boxCountry(44, 24, 75, 40)]));
  const box = frameGeoBox(frame)!;

  test('the frame’s box holds the region with room to spare', () => {
    expect(box[0][0]).toBeLessThan(44);
    expect(box[1][0]).toBeGreaterThan(75);
    expect(box[0][1]).toBeLessThan(24);
    expect(box[1][1]).toBeGreaterThan(40);
  });

  test('a country far away is left out; one inside or across the edge is kept', () => {
    expect(mayShow(boxCountry(-80, 30, -70, 40), box)).toBe(false); // the eastern United States
    expect(mayShow(boxCountry(60, 30, 62, 32), box)).toBe(true);
    expect(mayShow(boxCountry(box[1][0] - 1, 30, box[1][0] + 20, 32), box)).toBe(true);
  });

  test('a country across the antimeridian is never left out on its box alone', () => {
    expect(mayShow(boxCountry(170, -20, -170, -10), box)).toBe(true);
  });

  test('a frame across the antimeridian has no box, and then nothing is left out', () => {
    const pacific = fitFrame(region([boxCountry(160, -30, -160, 10)]));
    expect(frameGeoBox(pacific)).toBeUndefined();
    expect(mayShow(boxCountry(-80, 30, -70, 40), undefined)).toBe(true);
  });
});

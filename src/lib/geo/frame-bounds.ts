import { geoBounds } from 'd3-geo';
import type { Feature } from 'geojson';
import type { Frame } from './frame';

/** Longitude and latitude limits: [[west, south], [east, north]], west ≤ east. */
export type GeoBox = [[number, number], [number, number]];

const SAMPLES_PER_EDGE = 48;

/**
 * The longitudes and latitudes the frame can show, padded by `margin` degrees: the frame's edge
 * mapped back to the globe, which bounds everything inside it. Undefined when that cannot be
 * told simply (the edge crosses the antimeridian or a point falls off the projection), and
 * then nothing may be left out by it.
 */
export function frameGeoBox(frame: Frame, margin = 2): GeoBox | undefined {
  const { width, height, projection } = frame;
  const edge: [number, number][] = [];
  for (let i = 0; i <= SAMPLES_PER_EDGE; i++) {
    const t = i / SAMPLES_PER_EDGE;
    edge.push([t * width, 0], [width, t * height], [(1 - t) * width, height], [0, (1 - t) * height]);
  }
  const points = edge.map((point) => projection.invert?.(point));
  if (points.some((point) => !point || !Number.isFinite(point[0]) || !Number.isFinite(point[1]))) return undefined;
  const longitudes = points.map((point) => point![0]);
  const latitudes = points.map((point) => point![1]);
  const west = Math.min(...longitudes);
  const east = Math.max(...longitudes);
  if (east - west > 180) return undefined;
  return [
    [west - margin, Math.max(-90, Math.min(...latitudes) - margin)],
    [east + margin, Math.min(90, Math.max(...latitudes) + margin)],
  ];
}

const boxes = new WeakMap<Feature, GeoBox | null>();

/** A country's box, computed once per build; null when it crosses the antimeridian. */
function boxOf(country: Feature): GeoBox | null {
  let box = boxes.get(country);
  if (box === undefined) {
    const [[west, south], [east, north]] = geoBounds(country);
    box =
      west <= east
        ? [
            [west, south],
            [east, north],
          ]
        : null;
    boxes.set(country, box);
  }
  return box;
}

/** Whether a country may show in the frame: false only when its box lies clear of the frame's. */
export function mayShow(country: Feature, frame: GeoBox | undefined): boolean {
  const box = boxOf(country);
  if (!frame || !box) return true;
  const [[west, south], [east, north]] = box;
  return west <= frame[1][0] && east >= frame[0][0] && south <= frame[1][1] && north >= frame[0][1];
}

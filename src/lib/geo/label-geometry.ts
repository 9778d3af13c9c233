import { geoPath } from 'd3-geo';
import { projectedRows } from './contains';
import type { Feature } from 'geojson';
import { frameKey, type Frame } from './frame';
import { measureText, type TextWeight } from './font-metrics';
import type { Box, Candidate } from './labels';

/** The box around a circle of radius `r`. */
export const circleBox = (x: number, y: number, r: number): Box => ({
  x: x - r,
  y: y - r,
  width: 2 * r,
  height: 2 * r,
});

/** What a country's name candidates take from the map alone: its largest visible part, and rows. */
interface CountryShape {
  centroid: [number, number];
  bounds: [[number, number], [number, number]];
  /** Whether points on row `y` are on the country (contains.ts), each row worked out once. */
  row: (y: number) => (x: number) => boolean;
}

const shapes = new WeakMap<Feature, Map<string, CountryShape>>();

/**
 * A country's shape on a map, worked out once for every name set on it: each edition names the
 * same countries on the same map, and analyses of one region share their map.
 */
function shapeOf(country: Feature, frame: Frame): CountryShape {
  let byFrame = shapes.get(country);
  if (!byFrame) shapes.set(country, (byFrame = new Map()));
  const key = frameKey(frame);
  let shape = byFrame.get(key);
  if (!shape) {
    const path = geoPath(frame.projection);
    const parts: Feature[] =
      country.geometry.type === 'MultiPolygon'
        ? country.geometry.coordinates.map((coordinates) => ({
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates },
          }))
        : [country];
    const areas = parts.map((part) => path.area(part));
    const largest = parts[areas.indexOf(Math.max(...areas))]!;
    // Tested in the map's plane: the grid of candidates asks thousands of times, too many for spherical tests.
    const rows = projectedRows(country.geometry, frame.projection);
    const known = new Map<number, (x: number) => boolean>();
    const row = (y: number) => {
      let inside = known.get(y);
      if (!inside) known.set(y, (inside = rows(y)));
      return inside;
    };
    shape = { centroid: path.centroid(largest), bounds: path.bounds(largest), row };
    byFrame.set(key, shape);
  }
  return shape;
}

/** A test of whether a point of the map lies on a country as the map draws it, worked out once per frame. */
export function onCountry(country: Feature, frame: Frame): (point: [number, number]) => boolean {
  const { row } = shapeOf(country, frame);
  return ([x, y]) => row(y)(x);
}

/**
 * Where to centre a country's name: every point of a grid over its largest visible part (so that a
 * country with islands or an exclave is named on its main body), half a line apart, where the
 * name would sit on the country, nearest the part's centroid first. Sideways moves count for
 * less than moves up or down, as a name reads best across the middle of its country.
 */
export function countryLabelCandidates(
  country: Feature,
  frame: Frame,
  text: string,
  fontSize: number,
  weight: TextWeight,
): Candidate[] {
  const {
    centroid: [cx, cy],
    bounds: [[left, top], [right, bottom]],
    row,
  } = shapeOf(country, frame);
  // Most of the name (all but a letter at each end) must sit on the country.
  const halfWidth = (measureText(text, fontSize, weight) / 2) * 0.85;
  const step = fontSize / 2;
  const candidates: (Candidate & { distance: number })[] = [];
  for (let y = Math.max(top, fontSize); y <= Math.min(bottom, frame.height - fontSize); y += step) {
    const inside = row(y);
    for (let x = Math.max(left, halfWidth); x <= Math.min(right, frame.width - halfWidth); x += step) {
      if (![-1, -0.5, 0, 0.5, 1].every((share) => inside(x + share * halfWidth))) continue;
      candidates.push({ x, y: y + fontSize * 0.35, anchor: 'middle', distance: Math.hypot((x - cx) / 1.5, y - cy) });
    }
  }
  return candidates.sort((a, b) => a.distance - b.distance).map(({ x, y, anchor }) => ({ x, y, anchor }));
}

/**
 * Boxes along lines in map units, `step` apart and reaching `clearance` each way from the line
 * (at least half a step, so that together they cover every point of it): labels kept out of
 * them keep that far from the line.
 */
export function lineObstacles(parts: [number, number][][], clearance = 3, step = 3): Box[] {
  const reach = Math.max(clearance, step / 2);
  return parts.flatMap((points) => [
    ...points.slice(1).flatMap(([x1, y1], i) => {
      const [x0, y0] = points[i]!;
      const count = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
      return Array.from({ length: count }, (_, k) =>
        circleBox(x0 + ((x1 - x0) * k) / count, y0 + ((y1 - y0) * k) / count, reach),
      );
    }),
    ...points.slice(-1).map(([x, y]) => circleBox(x, y, reach)),
  ]);
}

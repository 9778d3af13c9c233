import { geoContains, geoPath } from 'd3-geo';
import type { Feature, MultiLineString } from 'geojson';
import type { Frame } from './frame';
import { CHARACTER_WIDTH, centredNear, estimateTextWidth, type Box, type Candidate } from './labels';

/** The box around a circle of radius `r`. */
export const circleBox = (x: number, y: number, r: number): Box => ({
  x: x - r,
  y: y - r,
  width: 2 * r,
  height: 2 * r,
});

/**
 * Where to centre a country's name: the centroid of its largest visible part, so that a
 * country with islands or an exclave is named on its main body. Candidates whose point falls
 * outside the country are dropped.
 */
export function countryLabelCandidates(
  country: Feature,
  frame: Frame,
  text: string,
  fontSize: number,
  steps: number,
): Candidate[] {
  const path = geoPath(frame.projection);
  const parts: Feature[] =
    country.geometry.type === 'MultiPolygon'
      ? country.geometry.coordinates.map((coordinates) => ({
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates },
        }))
      : [country];
  const largest = parts.reduce((best, part) => (path.area(part) > path.area(best) ? part : best));
  // Most of the name (all but a letter at each end) must sit on the country.
  const halfWidth = (estimateTextWidth(text, fontSize, CHARACTER_WIDTH.spacedCapitals) / 2) * 0.85;
  const inside = (x: number, y: number) => {
    const place = frame.projection.invert!([x, y]);
    return place !== null && geoContains(country, place);
  };
  return centredNear(path.centroid(largest), fontSize, steps).filter(({ x, y }) => {
    const middle = y - fontSize * 0.35;
    return inside(x, middle) && inside(x - halfWidth, middle) && inside(x + halfWidth, middle);
  });
}

/** Small boxes every few units along a line, so that labels keep off it. */
export function lineObstacles(line: MultiLineString, frame: Frame, step = 3): Box[] {
  return line.coordinates.flatMap((part) => {
    const points = part.map((position) => frame.projection(position as [number, number])!);
    return points.slice(1).flatMap(([x1, y1], i) => {
      const [x0, y0] = points[i]!;
      const count = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
      return Array.from({ length: count }, (_, k) =>
        circleBox(x0 + ((x1 - x0) * k) / count, y0 + ((y1 - y0) * k) / count, 1.5),
      );
    });
  });
}

import type { Geometry, Position } from 'geojson';
import type { GeoProjection } from 'd3-geo';

type Point = [number, number];

function ringContains(ring: Point[], [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const polygonsOf = (geometry: Geometry): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

/**
 * Whether a place falls inside a country as the map draws it: both are projected and the
 * test is planar (even-odd rule), so what a reader sees is what is checked.
 */
export function containsProjected(geometry: Geometry, projection: GeoProjection, place: [number, number]): boolean {
  const point = projection(place);
  if (!point) return false;
  const project = (ring: Position[]): Point[] => ring.map((position) => projection(position as Point) ?? [NaN, NaN]);
  return polygonsOf(geometry).some((polygon) => {
    const [outer, ...holes] = polygon.map(project);
    return ringContains(outer!, point) && !holes.some((hole) => ringContains(hole, point));
  });
}

import { geoBounds, geoContains, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, Polygon, Position } from 'geojson';

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

/** A geometry's polygons, each as its rings; none for a line or a point. */
export const polygonsOf = (geometry: Geometry): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

/**
 * A test of whether a point of the map falls inside a geometry as the map draws it: the
 * geometry is projected once, then each test is planar (even-odd rule), so that what a reader
 * sees is what is checked, and testing many points costs no spherical geometry.
 */
export function projectedShape(geometry: Geometry, projection: GeoProjection): (point: Point) => boolean {
  const project = (ring: Position[]): Point[] => ring.map((position) => projection(position as Point) ?? [NaN, NaN]);
  const polygons = polygonsOf(geometry).map((polygon) => polygon.map(project));
  return (point) =>
    polygons.some(
      ([outer, ...holes]) => ringContains(outer!, point) && !holes.some((hole) => ringContains(hole, point)),
    );
}

/** Whether a place falls inside a country as the map draws it (see projectedShape). */
export function containsProjected(geometry: Geometry, projection: GeoProjection, place: [number, number]): boolean {
  const point = projection(place);
  return point ? projectedShape(geometry, projection)(point) : false;
}

type Box = [[number, number], [number, number]];

/** Whether a point lies in a box; a box across the antimeridian runs from west round to east. */
function inBox([[west, south], [east, north]]: Box, [lon, lat]: [number, number]): boolean {
  if (lat < south || lat > north) return false;
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

const pieces = new WeakMap<Feature, { box: Box; polygon: Polygon }[]>();

/**
 * A country's polygons, each with its box, worked out once: a point is tested against the few
 * polygons whose box holds it, not against every island of a country of thousands.
 */
function piecesOf(country: Feature): { box: Box; polygon: Polygon }[] {
  let found = pieces.get(country);
  if (!found) {
    found = polygonsOf(country.geometry).map((coordinates) => {
      const polygon: Polygon = { type: 'Polygon', coordinates };
      return { box: geoBounds(polygon), polygon };
    });
    pieces.set(country, found);
  }
  return found;
}

/** As d3's geoContains for a country, but many times faster for a country of many islands. */
export const isInCountry = (country: Feature, point: [number, number]) =>
  piecesOf(country).some(({ box, polygon }) => inBox(box, point) && geoContains(polygon, point));

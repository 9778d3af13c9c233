import { geoBounds, geoContains, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, Polygon, Position } from 'geojson';

type Point = [number, number];

/** A geometry's polygons, each as its rings; none for a line or a point. */
export const polygonsOf = (geometry: Geometry): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

/**
 * A test of whether points of the map fall inside a geometry as the map draws it, asked row by
 * row: the geometry is projected once, so that what a reader sees is what is checked; `row(y)`
 * finds where every ring's edges cross that line once, and each point on it is then a binary
 * search (even-odd rule: a point is inside when an odd number of edges cross the line to its
 * right). A grid of label positions asks thousands of points on a few dozen rows.
 */
export function projectedRows(geometry: Geometry, projection: GeoProjection): (y: number) => (x: number) => boolean {
  const rings = polygonsOf(geometry).flatMap((polygon) =>
    polygon.map((ring) => ring.map((position): Point => projection(position as Point) ?? [NaN, NaN])),
  );
  return (y) => {
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    crossings.sort((a, b) => a - b);
    return (x) => {
      // The first crossing right of x; those from it on are right of x.
      let low = 0;
      let high = crossings.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (crossings[middle]! > x) high = middle;
        else low = middle + 1;
      }
      return (crossings.length - low) % 2 === 1;
    };
  };
}

/** A test of whether a point of the map falls inside a geometry as the map draws it (see projectedRows). */
export function projectedShape(geometry: Geometry, projection: GeoProjection): (point: Point) => boolean {
  const rows = projectedRows(geometry, projection);
  return ([x, y]) => rows(y)(x);
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

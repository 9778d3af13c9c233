import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AnalysisEvent } from '../../schemas/event';

/** Where the map puts an event's symbol, and whether that point is a stand-in for a whole country. */
export interface Located {
  name: string;
  coordinates: [number, number];
  offMap: boolean;
  /** The reporting names only the country: the point marks the country, not a place in it. */
  country: boolean;
}

const points = new WeakMap<Feature, [number, number]>();

/**
 * A country's stand-in point: the centroid of its largest polygon, so that Norway's lies on the
 * mainland rather than between it and Svalbard. Worked out once a country: a map spanning a
 * thousand analyses places thousands of events by their country alone.
 */
export function countryPoint(country: Feature): [number, number] {
  const known = points.get(country);
  if (known) return known;
  const geometry = country.geometry as Polygon | MultiPolygon;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons
    .map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
    .reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const [lon, lat] = geoCentroid(largest);
  const point: [number, number] = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
  points.set(country, point);
  return point;
}

/**
 * Places an event: a point where the reporting gives one, a country's stand-in point where it
 * names only the country; borders and timeline-only events have no point. A country code that
 * Natural Earth does not know yields undefined: the build's place check reports it first.
 */
export function locateEvent(event: AnalysisEvent, countries: Map<string, Feature>): Located | undefined {
  const place = event.place;
  if (!place || 'border' in place) return undefined;
  if ('coordinates' in place) {
    return { name: place.name, coordinates: place.coordinates, offMap: place.offMap ?? false, country: false };
  }
  const shape = countries.get(place.country);
  if (!shape) return undefined;
  return { name: place.name, coordinates: countryPoint(shape), offMap: place.offMap ?? false, country: true };
}

import type { Feature } from 'geojson';
import type { LinkedEvent } from '../content/link-events';
import { isInCountry } from './contains';
import type { PlaceGroup } from './markers';

/** The country a point lies in, by Natural Earth's shapes (ISO alpha-3); undefined at sea. */
export function countryAt(point: [number, number], countries: Map<string, Feature>): string | undefined {
  for (const [code, country] of countries) if (isInCountry(country, point)) return code;
  return undefined;
}

/** How far round a point on the coast to look for its country, in degrees: about 10 and 30 km. */
const COAST_SEARCH = [0.1, 0.3];

/**
 * The country a place is in. At 1:50 million a port or a town on a river mouth often falls just
 * in the sea: then the country found nearest round it, within about 30 km; else none.
 */
export function countryNear([lon, lat]: [number, number], countries: Map<string, Feature>): string | undefined {
  const around = COAST_SEARCH.flatMap((d) =>
    [0, 1, 2, 3, 4, 5, 6, 7].map((k): [number, number] => [
      lon + d * Math.cos((k * Math.PI) / 4),
      lat + d * Math.sin((k * Math.PI) / 4),
    ]),
  );
  for (const point of [[lon, lat] as [number, number], ...around]) {
    const found = countryAt(point, countries);
    if (found) return found;
  }
  return undefined;
}

/** The country of a place: the one the reporting names, or the one its point falls in. */
export function countryOfPlace(group: PlaceGroup<LinkedEvent>, countries: Map<string, Feature>): string | undefined {
  const place = group.events[0]?.place;
  if (place && 'country' in place) return place.country;
  return countryNear(group.coordinates, countries);
}

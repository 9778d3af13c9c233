import type { Feature } from 'geojson';
import { alpha3Of, countryFeatures, type WorldTopology } from './atlas';
import { compactPath } from './compact-path';
import { editionCountryName, readerName, type CountryNames } from './country-names';
import { onceForFrame, type Frame } from './frame';
import { frameGeoBox, mayShow } from './frame-bounds';
import type { CountryShape } from './map-types';

/** A country as the map draws it, with the feature it came from for placing its name. */
export interface ProjectedCountry {
  feature: Feature;
  shape: CountryShape;
}

/** Countries' outlines by topology and frame (onceForFrame). */
const countryPaths = new WeakMap<WorldTopology, Map<string, string>>();

/**
 * Every country that shows in the frame, projected to a path: neighbours first, so that the
 * region's countries are drawn over them. Each is named in the edition of `locale`, by the
 * edition's own name for it where `own` has one (see editionCountryName).
 */
export function projectCountryShapes(
  countries: WorldTopology,
  region: string[],
  frame: Frame,
  locale = 'en',
  own: CountryNames = new Map(),
): ProjectedCountry[] {
  const path = compactPath(frame.projection);
  // The neighbours, which the region's countries are drawn over and no border link follows, are
  // context: four times the simplification is not seen at the map's scale, and saves 3 KB of
  // every article's first visit (gzip).
  const coarse = compactPath(frame.projection, { minDistance: 3.2 });
  let outlines = countryPaths.get(countries);
  if (!outlines) countryPaths.set(countries, (outlines = new Map()));
  // Projecting the whole world to keep a dozen countries is most of a map's cost: countries
  // that lie clear of the frame are left out before it.
  const view = frameGeoBox(frame);
  const shapes = countryFeatures(countries).flatMap((country) => {
    if (!mayShow(country, view)) return [];
    const code = alpha3Of(country);
    const inRegion = code !== undefined && region.includes(code);
    const key = `${String(country.id ?? country.properties.name)}${inRegion ? '' : ' coarse'}`;
    const d = onceForFrame(outlines, frame, key, () => (inRegion ? path : coarse)(country));
    if (!d) return [];
    const name = editionCountryName(country.properties.name, code, locale, own);
    const entity = readerName(country.properties.name)?.toLowerCase();
    const named = { ...(name ? { name } : {}), ...(entity ? { entity } : {}) };
    return [{ feature: country, shape: { ...(code ? { code } : {}), ...named, d, inRegion } }];
  });
  return shapes.sort((a, b) => Number(a.shape.inRegion) - Number(b.shape.inRegion));
}

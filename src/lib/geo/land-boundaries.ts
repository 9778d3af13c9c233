import { mesh } from 'topojson-client';
import { countryFeatures, type WorldTopology } from './atlas';
import { projectLine } from './border-gaps';
import type { Frame } from './frame';
import { frameGeoBox, mayShow } from './frame-bounds';

/**
 * Every boundary between two countries that shows in the frame, as the map draws it (in map
 * units, clipped to the frame): no label may cross one. Coasts are left out.
 */
export function landBoundaries(countries: WorldTopology, frame: Frame): [number, number][][] {
  const view = frameGeoBox(frame);
  const features = countryFeatures(countries);
  const geometries = countries.objects.countries.geometries;
  const shown = new Set<object>(geometries.filter((_, i) => mayShow(features[i]!, view)));
  const boundaries = mesh(
    countries,
    countries.objects.countries,
    (a: object, b: object) => a !== b && (shown.has(a) || shown.has(b)),
  );
  return projectLine(frame.projection, boundaries);
}

import type { Feature } from 'geojson';
import type { Analysis } from '../../schemas/analysis';
import type { AnalysisEvent } from '../../schemas/event';
import type { MapConfig } from '../../schemas/map';
import { ContentError, eventField } from '../content/errors';
import { containsProjected } from '../geo/contains';
import { isInFrame, type Frame } from '../geo/frame';
import { locateEvent } from '../geo/locate';

/**
 * Checks every placed coordinate against the fitted map: capitals must fall inside their own
 * country as drawn, and a place outside the frame must say it is off the map (a swapped
 * longitude and latitude usually lands far away, so this catches it).
 */
export function checkPlacesAgainstMap(
  frame: Frame,
  countriesByCode: Map<string, Feature>,
  analysis: Analysis,
  file: { map: MapConfig; events: (AnalysisEvent & { sourceIndex: number })[] },
  path: string,
): void {
  file.map.capitals.forEach((capital, index) => {
    const country = countriesByCode.get(capital.country);
    if (country && !containsProjected(country.geometry, frame.projection, capital.coordinates)) {
      throw new ContentError({
        file: path,
        field: `map.capitals[${index}].coordinates (${capital.name})`,
        value: capital.coordinates,
        fix: `this point is not inside ${capital.country} as the map draws it; check the order [longitude, latitude]`,
      });
    }
  });
  const regionName = analysis.region.join(', ');
  file.events.forEach((event) => {
    const place = event.place;
    if (!place || 'border' in place) return;
    const at = (path: string) => eventField(event, event.sourceIndex, `place.${path}`);
    if ('country' in place && !countriesByCode.has(place.country)) {
      throw new ContentError({
        file: path,
        field: at('country'),
        value: place.country,
        fix: 'Natural Earth has no country with this ISO alpha-3 code; check the code (e.g. "NOR" for Norway)',
      });
    }
    const located = locateEvent(event, countriesByCode)!;
    const point = frame.projection(located.coordinates);
    const inFrame = point !== null && isInFrame(frame, point);
    const field = at('country' in place ? 'country' : 'coordinates');
    const value = 'country' in place ? place.country : place.coordinates;
    if (!inFrame && !located.offMap) {
      throw new ContentError({
        file: path,
        field,
        value,
        fix:
          'country' in place
            ? `this country lies outside the map of ${regionName}; add "offMap": true to the place`
            : `this falls outside the map of ${regionName}; if the place really is elsewhere add "offMap": true to the place, otherwise check the order [longitude, latitude]`,
      });
    }
    if (inFrame && located.offMap) {
      throw new ContentError({
        file: path,
        field,
        value,
        fix: 'the place is inside the map but marked "offMap": true; remove offMap so it gets a marker',
      });
    }
  });
}

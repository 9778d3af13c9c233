import type { Feature } from 'geojson';
import type { Analysis } from '../../schemas/analysis';
import type { AnalysisEvent } from '../../schemas/event';
import type { MapConfig } from '../../schemas/map';
import { ContentError } from '../content/errors';
import { containsProjected } from './contains';
import { isInFrame, type Frame } from './frame';

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
    if (!event.place || !('coordinates' in event.place)) return;
    const point = frame.projection(event.place.coordinates);
    const inFrame = point !== null && isInFrame(frame, point);
    const field = `events[${event.sourceIndex}].place.coordinates (event "${event.id}")`;
    if (!inFrame && !event.place.offMap) {
      throw new ContentError({
        file: path,
        field,
        value: event.place.coordinates,
        fix: `this falls outside the map of ${regionName}; if the place really is elsewhere add "offMap": true to the place, otherwise check the order [longitude, latitude]`,
      });
    }
    if (inFrame && event.place.offMap) {
      throw new ContentError({
        file: path,
        field,
        value: event.place.coordinates,
        fix: 'the place is inside the map but marked "offMap": true; remove offMap so it gets a marker',
      });
    }
  });
}

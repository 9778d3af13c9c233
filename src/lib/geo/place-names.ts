import type { Feature } from 'geojson';
import type { AnalysisEvent } from '../../schemas/event';
import { locateEvent } from './locate';
import { groupEventsByPlace } from './markers';

/**
 * The names `<Place to>` accepts: each drawn border's id, and each marker's or callout's key
 * (its short label as an id, so "Kunar Province" is "kunar"), exactly as the map will make them.
 */
export function placeNames(
  events: AnalysisEvent[],
  borders: readonly { id: string }[],
  countries: Map<string, Feature>,
): string[] {
  const groups = groupEventsByPlace(events, (event) => locateEvent(event, countries));
  return [...borders.map((border) => border.id), ...groups.map((group) => group.key)];
}

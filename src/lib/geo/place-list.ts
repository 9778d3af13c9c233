import { hrefTo, placeAnchor } from '../anchors';
import type { LinkedEvent } from '../content/link-events';
import { hedgeAndAttribution } from '../content/reader-words';
import type { PlaceListEntry } from './map-types';
import { groupLabel, type PlaceGroup } from './markers';
import type { Words } from '../i18n/words/en';

/**
 * The list of places under the map: each place with its events, dates and hedges in words,
 * each event linking to its passage. It says in text what the markers say in symbols, and is
 * where a grouped marker leads. A marker gathering a country's places leads elsewhere, and is not listed.
 */
export function listPlaces(groups: PlaceGroup<LinkedEvent>[], words: Words): PlaceListEntry[] {
  return groups
    .filter((group) => !group.gathered)
    .map((group) => ({
      anchor: placeAnchor(group.key),
      name: groupLabel(group, words),
      events: group.events.map((event) => ({
        id: event.id,
        title: event.title,
        date: event.date.label,
        hedge: hedgeAndAttribution(event, words),
        href: event.href ?? hrefTo(event.passage),
      })),
    }));
}

import { hrefTo, markerAnchor, placeAnchor } from '../anchors';
import type { LinkedEvent } from '../content/link-events';
import type { Frame } from './frame';
import type { PlaceLinkModel, PlacedMarker } from './map-types';
import { groupName, type PlaceGroup } from './markers';
import { readingRank } from './reading-order';
import type { Lang } from '../i18n/lang';

/** Map units are kept to a tenth: finer than a pixel, and the SVG stays short. */
export const roundToTenth = (value: number) => Math.round(value * 10) / 10;

/** The entities of these events, once each and sorted, for scroll sync and filters. */
export const entitiesOf = (events: Pick<LinkedEvent, 'entities'>[]) =>
  [...new Set(events.flatMap((event) => event.entities))].sort();

/**
 * What a place's link says and where it leads, wherever it is drawn: a single event links to
 * its passage, several to their entry in the list of places. Its number comes later, once
 * every link on the map is known. A marker gathering a country's places leads where it was told to,
 * and carries only their number: listing them all would grow with the site.
 */
export function describeMarker(group: PlaceGroup<LinkedEvent>, readingOrder: string[], lang: Lang): PlaceLinkModel {
  const single = group.events.length === 1 ? group.events[0]! : undefined;
  const { gathered } = group;
  const described: PlaceLinkModel = {
    key: group.key,
    anchor: markerAnchor(group.key),
    entities: entitiesOf(group.events),
    order: readingRank(
      group.events.map((event) => event.passage),
      readingOrder,
    ),
    number: 0,
    href: single ? (single.href ?? hrefTo(single.passage)) : hrefTo(placeAnchor(group.key)),
    events: group.events.map((event) => event.id),
    kind: single ? single.kind : 'group',
    approximate: group.approximate,
    country: group.country,
    hedged: group.events.every((event) => event.hedge.length > 0),
    accessibleName: groupName(group, lang),
  };
  if (!gathered) return described;
  const { href, accessibleName } = gathered;
  return { ...described, href, accessibleName, kind: 'group', events: [], count: group.events.length };
}

/** A marker for each place inside the frame, at its projected point; off-map places get callouts. */
export function projectMarkers(
  groups: PlaceGroup<LinkedEvent>[],
  frame: Frame,
  readingOrder: string[],
  lang: Lang,
): PlacedMarker[] {
  return groups
    .filter((group) => !group.offMap)
    .map((group) => {
      const [x, y] = frame.projection(group.coordinates)!;
      return { ...describeMarker(group, readingOrder, lang), x: roundToTenth(x), y: roundToTenth(y) };
    });
}

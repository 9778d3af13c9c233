import type { AnalysisEvent } from '../../schemas/event';
import { hedgeAndAttribution, placeText } from '../content/reader-words';
import { toAnchorId } from '../content/slug';
import type { Lang } from '../i18n/lang';
import { en, type Words } from '../i18n/words/en';
import { capitalise } from '../text';
import type { Located } from './locate';

/** Where an event's symbol goes, if it has one. */
export type Locate = (event: AnalysisEvent) => Located | undefined;

/** An event, in a translated edition with the original's name of its place, which keys are made from. */
type KeyedEvent = AnalysisEvent & { placeKey?: string | undefined };

/** Events that happened at one point, drawn as one marker (or one off-map callout). */
export interface PlaceGroup<E extends KeyedEvent = AnalysisEvent> {
  /** Anchor-safe key of the place, e.g. "kabul": made from the original's name in every edition. */
  key: string;
  /** The place's name, from its most precisely placed event. */
  name: string;
  coordinates: [number, number];
  /** In the order given (date order). */
  events: E[];
  /** True when every event here is placed approximately. */
  approximate: boolean;
  /** True when the point stands for a whole country the reporting names without a place in it. */
  country: boolean;
  offMap: boolean;
  /** Set when the group gathers a whole country's places into one marker (an atlas's crowded country). */
  gathered?: GatheredLink;
}

/** Where a marker gathering a country's places leads instead of a list of its events, and what it is called. */
export interface GatheredLink {
  href: string;
  accessibleName: string;
}

const PRECISION_RANK = { exact: 0, city: 1, province: 2, border: 3, approximate: 4, country: 5 } as const;

/**
 * "Sistan region (approximate)" → "Sistan region (approx.)", "Kunar Province" → "Kunar", a
 * country named without a place → "Norway (country)": short enough to sit on a map; the full
 * name stays in the marker's accessible name.
 */
export function shortPlaceLabel(
  name: string,
  stands: 'exactly' | 'approximately' | 'for-country' = 'exactly',
  words: Pick<Words, 'map'> = en,
): string {
  const label = capitalise(words.map.placeCore(name));
  if (stands === 'exactly') return label;
  return stands === 'approximately' ? words.map.approxLabel(label) : words.map.countryLabel(label);
}

/** A group's label on the map, saying when its point is approximate or stands for a country. */
export const groupLabel = (group: Pick<PlaceGroup, 'name' | 'approximate' | 'country'>, words: Pick<Words, 'map'>) =>
  shortPlaceLabel(group.name, group.country ? 'for-country' : group.approximate ? 'approximately' : 'exactly', words);

/** Groups events with a point (or a country's stand-in point) by where it falls; the rest are left out. */
export function groupEventsByPlace<E extends KeyedEvent>(events: E[], locate: Locate): PlaceGroup<E>[] {
  const groups = new Map<string, { event: E; at: Located }[]>();
  for (const event of events) {
    const at = locate(event);
    if (!at) continue;
    const key = [...at.coordinates.map((value) => value.toFixed(3)), at.country].join(',');
    groups.set(key, [...(groups.get(key) ?? []), { event, at }]);
  }
  const used = new Set<string>();
  return [...groups.values()].map((members) => {
    const named = [...members].sort(
      (a, b) => PRECISION_RANK[a.event.precision!] - PRECISION_RANK[b.event.precision!],
    )[0]!;
    let key = toAnchorId(shortPlaceLabel(named.event.placeKey ?? named.at.name));
    while (used.has(key)) key = `${key}-2`;
    used.add(key);
    return {
      key,
      name: named.at.name,
      coordinates: named.at.coordinates,
      events: members.map((member) => member.event),
      approximate: members.every((member) => member.event.precision === 'approximate'),
      country: named.at.country,
      offMap: members.some((member) => member.at.offMap),
    };
  });
}

/** What a screen reader says for an event: its title, place, date and any hedge. */
export function eventName(event: AnalysisEvent, words: Words): string {
  return words.events.name(
    words.kinds[event.kind],
    event.title,
    placeText(event, words),
    event.date.label,
    hedgeAndAttribution(event, words),
  );
}

/** One of several events a screen reader lists (a place's, a border's): kind, title, date and every hedge. */
export function listedEvent(event: AnalysisEvent, words: Words): string {
  return words.events.inList(words.kinds[event.kind], event.title, event.date.label, hedgeAndAttribution(event, words));
}

/** What a screen reader says for a marker: one event's name, or the place and every event there. */
export function groupName(group: PlaceGroup, lang: Lang): string {
  const { words } = lang;
  if (group.events.length === 1) return eventName(group.events[0]!, words);
  const list = group.events.map((event) => listedEvent(event, words));
  return words.events.group(
    groupLabel(group, words),
    lang.number(group.events.length),
    list.join(words.events.separator),
  );
}

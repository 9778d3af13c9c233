import type { AnalysisEvent } from '../../schemas/event';
import { hedgeAndAttribution, placeText } from '../content/reader-words';
import { toAnchorId } from '../content/slug';
import { capitalise } from '../text';
import type { Located } from './locate';

/** Where an event's symbol goes, if it has one. */
export type Locate = (event: AnalysisEvent) => Located | undefined;

/** Events that happened at one point, drawn as one marker (or one off-map callout). */
export interface PlaceGroup<E extends AnalysisEvent = AnalysisEvent> {
  /** Anchor-safe key of the place, e.g. "kabul". */
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
}

const PRECISION_RANK = { exact: 0, city: 1, province: 2, border: 3, approximate: 4, country: 5 } as const;

/**
 * "Sistan region (approximate)" → "Sistan region (approx.)", "Kunar Province" → "Kunar", a
 * country named without a place → "Norway (country)": short enough to sit on a map; the full
 * name stays in the marker's accessible name.
 */
export function shortPlaceLabel(name: string, stands: 'exactly' | 'approximately' | 'for-country' = 'exactly'): string {
  const core = name
    .replace(/^the\s+/i, '')
    .split(/[,(;]/)[0]!
    .trim()
    .replace(/\s+province$/i, '');
  const label = capitalise(core);
  return stands === 'approximately' ? `${label} (approx.)` : stands === 'for-country' ? `${label} (country)` : label;
}

/** A group's label on the map, saying when its point is approximate or stands for a country. */
export const groupLabel = (group: Pick<PlaceGroup, 'name' | 'approximate' | 'country'>) =>
  shortPlaceLabel(group.name, group.country ? 'for-country' : group.approximate ? 'approximately' : 'exactly');

/** Groups events with a point (or a country's stand-in point) by where it falls; the rest are left out. */
export function groupEventsByPlace<E extends AnalysisEvent>(events: E[], locate: Locate): PlaceGroup<E>[] {
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
    let key = toAnchorId(shortPlaceLabel(named.at.name));
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
export function eventName(event: AnalysisEvent): string {
  const hedged = hedgeAndAttribution(event);
  return `${event.title} — ${placeText(event)}, ${event.date.label}${hedged ? ` (${hedged})` : ''}`;
}

/** What a screen reader says for a marker: one event's name, or the place and every event there. */
export function groupName(group: PlaceGroup): string {
  if (group.events.length === 1) return eventName(group.events[0]!);
  const label = groupLabel(group);
  const list = group.events.map((event) => `${event.title} (${event.date.label})`).join('; ');
  return `${label}: ${group.events.length} events — ${list}`;
}

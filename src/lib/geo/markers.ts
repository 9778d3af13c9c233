import type { AnalysisEvent } from '../../schemas/event';
import { toAnchorId } from '../content/slug';

type PointPlace = { name: string; coordinates: [number, number]; offMap?: boolean | undefined };

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
  offMap: boolean;
}

const PRECISION_RANK = { exact: 0, city: 1, province: 2, border: 3, approximate: 4 } as const;

const pointOf = (event: AnalysisEvent): PointPlace | undefined =>
  event.place && 'coordinates' in event.place ? event.place : undefined;

/**
 * "Sistan, eastern Iran (approximate)" → "Sistan (approx.)", "Kunar Province" → "Kunar": short
 * enough to sit on a map; the full name stays in the marker's accessible name.
 */
export function shortPlaceLabel(name: string, approximate: boolean): string {
  const core = name
    .replace(/^the\s+/i, '')
    .split(/[,(;]/)[0]!
    .trim()
    .replace(/\s+province$/i, '');
  const label = core.charAt(0).toUpperCase() + core.slice(1);
  return approximate ? `${label} (approx.)` : label;
}

/** Groups events with a point place by their coordinates; border and timeline events are left out. */
export function groupEventsByPlace<E extends AnalysisEvent>(events: E[]): PlaceGroup<E>[] {
  const groups = new Map<string, E[]>();
  for (const event of events) {
    const place = pointOf(event);
    if (!place) continue;
    const key = place.coordinates.map((value) => value.toFixed(3)).join(',');
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const used = new Set<string>();
  return [...groups.values()].map((members) => {
    const named = [...members].sort((a, b) => PRECISION_RANK[a.precision!] - PRECISION_RANK[b.precision!])[0]!;
    const place = pointOf(named)!;
    const approximate = members.every((event) => event.precision === 'approximate');
    let key = toAnchorId(shortPlaceLabel(place.name, false));
    while (used.has(key)) key = `${key}-2`;
    used.add(key);
    return {
      key,
      name: place.name,
      coordinates: place.coordinates,
      events: members,
      approximate,
      offMap: members.some((event) => pointOf(event)!.offMap === true),
    };
  });
}

/** What a screen reader says for an event: its title, place and date. */
export const eventName = (event: AnalysisEvent) =>
  `${event.title} — ${event.place?.name ?? 'no place'}, ${event.date.label}`;

/** What a screen reader says for a marker: one event's name, or the place and every event there. */
export function groupName(group: PlaceGroup): string {
  if (group.events.length === 1) return eventName(group.events[0]!);
  const label = shortPlaceLabel(group.name, group.approximate);
  const list = group.events.map((event) => `${event.title} (${event.date.label})`).join('; ');
  return `${label}: ${group.events.length} events — ${list}`;
}

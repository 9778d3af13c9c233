import type { LinkedEvent } from '../content/link-events';
import { isInFrame, type Frame } from './frame';
import type { GatheredLink, PlaceGroup } from './markers';

type Group = PlaceGroup<LinkedEvent>;

/** How a map spanning many analyses keeps its markers few enough to read. */
export interface Gathering {
  /** The country a place lies in (ISO alpha-3); a place in none (at sea) is never gathered. */
  countryOf: (group: Group) => string | undefined;
  /** A gathered country's marker: its name on the map, where it leads and what a screen reader hears. */
  link: (country: string, events: number) => GatheredLink & { name: string };
  /** Places closer than this, in map units, are too close to tell apart. */
  spacing: number;
  /** The most events a country's places may hold and still be drawn, and listed, one by one. */
  maxEvents: number;
}

/**
 * A country is crowded when two of its places would be drawn closer than the spacing (their
 * symbols would have to be pushed apart, off their places), or when its places hold more events
 * than a list of places should.
 */
function isCrowded(members: Group[], points: [number, number][], { spacing, maxEvents }: Gathering): boolean {
  if (members.reduce((sum, group) => sum + group.events.length, 0) > maxEvents) return true;
  return points.some(([x, y], i) => points.slice(i + 1).some(([u, v]) => Math.hypot(u - x, v - y) < spacing));
}

/** One marker for all of a country's places, at their middle as the map draws them. */
function gatherCountry(
  country: string,
  members: Group[],
  points: [number, number][],
  frame: Frame,
  gathering: Gathering,
): Group {
  const middle = [0, 1].map((axis) => points.reduce((sum, point) => sum + point[axis]!, 0) / points.length) as [
    number,
    number,
  ];
  const events = members.flatMap((group) => group.events);
  const { name, ...gathered } = gathering.link(country, events.length);
  return {
    key: `country-${country.toLowerCase()}`,
    name,
    coordinates: frame.projection.invert!(middle)!,
    events,
    approximate: false,
    country: false,
    offMap: !isInFrame(frame, middle),
    gathered,
  };
}

/**
 * The atlas's rule for staying readable at any number of analyses. Events at one place already
 * share a marker; beyond that, each country is drawn either place by place, when its places stand
 * apart and hold few events, or, when crowded, as one marker that leads to the page about the
 * country. So a country never has more markers than its places that fit apart at the spacing, nor
 * more than `maxEvents`, however many analyses there are; and the list of places under the map
 * never lists more than `maxEvents` events of a country. A gathered marker takes the place of the
 * country's first place, so the order of the rest is kept.
 */
export function gatherCrowdedCountries(groups: Group[], frame: Frame, gathering: Gathering): Group[] {
  const byCountry = new Map<string, Group[]>();
  const countryOf = new Map(groups.map((group) => [group, gathering.countryOf(group)]));
  for (const group of groups) {
    const country = countryOf.get(group);
    if (country) byCountry.set(country, [...(byCountry.get(country) ?? []), group]);
  }
  const gathered = new Map<string, Group>();
  for (const [country, members] of byCountry) {
    const points = members.map((group) => frame.projection(group.coordinates)!);
    if (isCrowded(members, points, gathering))
      gathered.set(country, gatherCountry(country, members, points, frame, gathering));
  }
  const emitted = new Set<string>();
  return groups.flatMap((group) => {
    const country = countryOf.get(group);
    const together = country ? gathered.get(country) : undefined;
    if (!together) return [group];
    if (emitted.has(country!)) return [];
    emitted.add(country!);
    return [together];
  });
}

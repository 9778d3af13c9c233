import { passagePath } from '../anchors';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import type { LinkedEvent } from '../content/link-events';
import { isOnBorder } from '../geo/border-models';
import type { Actor } from '../../schemas/entity-record';
import { HEDGES, KINDS, type EventKind, type Hedge } from '../../schemas/event';
import type { Border } from '../../schemas/map';
import { analysisMentions, siteEvents, type AnalysisMentions, type SiteEvent } from './mentions';
import { actorName, actorRegistry } from './registry';

/** How many of a set of events are of each kind, and carry each hedge ("none": not hedged). */
export interface EventCounts {
  kinds: [EventKind, number][];
  hedges: [Hedge | 'none', number][];
}

/** A border an analysis draws, as a page spanning analyses links it. */
export interface SiteBorder {
  border: Border;
  slug: string;
  analysisTitle: string;
  /** The passage about it in its analysis. */
  href: string;
}

/** What the pages spanning analyses say about one actor, or about a pair of them. */
export interface Coverage {
  events: SiteEvent[];
  analyses: AnalysisMentions[];
  counts: EventCounts;
  borders: SiteBorder[];
}

export interface ActorCoverage extends Coverage {
  actor: Actor;
  name: string;
  /** The actor's relations: each pair page it is part of, with the other actor's name. */
  relations: { id: string; other: Actor; name: string }[];
}

export interface RelationCoverage extends Coverage {
  /** `<a>--<b>`, the two ids in alphabetical order: the page's address. */
  id: string;
  actors: [Actor, Actor];
  names: [string, string];
}

/** How many analyses tell of an actor or a pair: by an event, a border, a section or a passage. */
export const analysesCount = (coverage: Coverage) =>
  new Set([...coverage.events, ...coverage.borders, ...coverage.analyses].map((item) => item.slug)).size;

/** The address of a relation between two actors, whichever way round they are named. */
export const relationId = (a: string, b: string) => [a, b].sort().join('--');

export function countEvents(events: SiteEvent[]): EventCounts {
  const count = <K extends string>(keys: readonly K[], has: (event: LinkedEvent, key: K) => boolean) =>
    keys
      .map((key): [K, number] => [key, events.filter(({ event }) => has(event, key)).length])
      .filter(([, n]) => n > 0);
  return {
    kinds: count(KINDS, (event, kind) => event.kind === kind),
    hedges: count([...HEDGES, 'none'] as const, (event, hedge) =>
      hedge === 'none' ? event.hedge.length === 0 : event.hedge.includes(hedge),
    ),
  };
}

/** The borders these analyses draw that `keep` accepts, each with the passage it links to. */
export function siteBorders(analyses: LoadedAnalysis[], keep: (border: Border) => boolean): SiteBorder[] {
  return analyses.flatMap((analysis) =>
    analysis.map.borders.filter(keep).map((border) => ({
      border,
      slug: analysis.slug,
      analysisTitle: analysis.entry.data.title,
      href: passagePath(analysis.slug, border.passage, analysis.lang.prefix),
    })),
  );
}

/** Each registry's states by their country code, worked out once. */
const statesOf = new WeakMap<Map<string, Actor>, Map<string | undefined, string>>();

/** The two states a border joins, as actors of the registry (the content check has made sure they are). */
export function borderActors(border: Pick<Border, 'id'>): [string, string] | undefined {
  const registry = actorRegistry();
  let byCountry = statesOf.get(registry);
  if (!byCountry) statesOf.set(registry, (byCountry = new Map([...registry.values()].map((a) => [a.country, a.id]))));
  const [a, b] = border.id.split('-').map((code) => byCountry.get(code));
  return a && b ? [a, b] : undefined;
}

function coverage(
  analyses: LoadedAnalysis[],
  about: (entities: string[]) => boolean,
  borders: (border: Border) => boolean,
): Coverage {
  const drawn = siteBorders(analyses, borders);
  // An event on any of these borders, whichever analysis draws it.
  const ids = [...new Set(drawn.map(({ border }) => border.id))];
  const onBorder = (event: LinkedEvent) => ids.some((id) => isOnBorder(event, id));
  const events = siteEvents(analyses, (event) => about(event.entities) || onBorder(event));
  return { events, analyses: analysisMentions(analyses, about), counts: countEvents(events), borders: drawn };
}

/** Every pair of actors that share an event or a border drawn by some analysis, by relation id. */
function relationPairs(analyses: LoadedAnalysis[]): Map<string, [string, string]> {
  const pairs = new Map<string, [string, string]>();
  const add = (a: string, b: string) => a !== b && pairs.set(relationId(a, b), [a, b].sort() as [string, string]);
  for (const analysis of analyses) {
    for (const { entities } of analysis.events)
      entities.forEach((a, i) => entities.slice(i + 1).forEach((b) => add(a, b)));
    for (const border of analysis.map.borders) {
      const actors = borderActors(border);
      if (actors) add(...actors);
    }
  }
  return pairs;
}

/** Every relation of an edition's analyses, in the order of their ids. */
export function siteRelations(analyses: LoadedAnalysis[], code: string): RelationCoverage[] {
  const registry = actorRegistry();
  return [...relationPairs(analyses)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, [a, b]]) => {
      const both = (entities: string[]) => entities.includes(a) && entities.includes(b);
      const joins = (border: Border) => borderActors(border)?.join('--') === id;
      return {
        id,
        actors: [registry.get(a)!, registry.get(b)!],
        names: [actorName(a, code), actorName(b, code)],
        ...coverage(analyses, both, joins),
      };
    });
}

/** Every actor an edition's analyses declare, with everything they say of it, in the order of their ids. */
export function siteActors(
  analyses: LoadedAnalysis[],
  code: string,
  relations = siteRelations(analyses, code),
): ActorCoverage[] {
  const registry = actorRegistry();
  const declared = [...new Set(analyses.flatMap((analysis) => analysis.entry.data.entities))].sort();
  return declared.map((id) => {
    const actor = registry.get(id)!;
    const theirs = (border: Border) => borderActors(border)?.includes(id) ?? false;
    return {
      actor,
      name: actorName(id, code),
      relations: relations
        .filter((relation) => relation.actors.some((a) => a.id === id))
        .map((relation) => {
          const other = relation.actors.find((a) => a.id !== id)!;
          return { id: relation.id, other, name: actorName(other.id, code) };
        }),
      ...coverage(analyses, (entities) => entities.includes(id), theirs),
    };
  });
}

import type { SyncWords } from '../i18n/sync-words';
import { sayEvent } from './say';
import { isShown, NO_FILTERS, type Filters } from './filters';
import type { SyncData } from './sync-data';

type StepEvent = SyncData['events'][number];

/**
 * The events a reader steps through, in timeline order (the order of `events`, the article's
 * timeline's): those with a place on the map that the filters show. The controls under the map and
 * the map's arrow keys walk the same list.
 */
export const eventsToStep = <E extends Pick<StepEvent, 'target' | 'entities' | 'kind'>>(
  events: E[],
  filters: Filters = NO_FILTERS,
): E[] => events.filter((event) => event.target !== null && isShown(event, filters));

/** Where the controls stand: the event last shown (null before any), and whether Play is on. */
export interface Steps {
  at: string | null;
  playing: boolean;
}

export const NO_STEPS: Steps = { at: null, playing: false };

/**
 * What moves them: a control (`previous`, `next`, `play`, which toggles), Play's clock (`tick`)
 * or the reader doing anything else (`pause`).
 */
export type StepInput = 'previous' | 'next' | 'play' | 'tick' | 'pause';

/** What is said when a step shows no event. */
export type StepNotice = 'noEarlier' | 'noLater' | 'played' | 'paused' | 'noneToStep';

export interface StepOutcome {
  steps: Steps;
  /** The event to show, when the step lands on one. */
  show?: string;
  notice?: StepNotice;
}

/**
 * The event one step away from `at` (`by` 1 is later, -1 earlier) among `stepped`, counted from
 * `at`'s place in `order`, every event in timeline order: an event filtered out, or with no place
 * on the map, still has a place in time to step on from. Before any event, only later ones lie ahead.
 */
export function neighbour(order: string[], stepped: Set<string>, at: string | null, by: 1 | -1): string | undefined {
  const from = at === null ? -1 : order.indexOf(at);
  if (from < 0 && by < 0) return undefined;
  for (let index = from + by; index >= 0 && index < order.length; index += by) {
    if (stepped.has(order[index]!)) return order[index];
  }
  return undefined;
}

/**
 * One input to the controls. Previous and Next stop Play and say so at either end; Play shows
 * the next event at once, and from the last starts again from the first; Play's clock moves on
 * until the last event, then stops and says so; anything else the reader does stops it.
 */
export function step(steps: Steps, input: StepInput, order: string[], stepped: Set<string>): StepOutcome {
  const { at, playing } = steps;
  if (input === 'pause' || (input === 'play' && playing) || (input === 'tick' && !playing))
    return playing ? { steps: { at, playing: false }, notice: 'paused' } : { steps };
  const to =
    neighbour(order, stepped, at, input === 'previous' ? -1 : 1) ??
    (input === 'play' ? neighbour(order, stepped, null, 1) : undefined);
  if (to) return { steps: { at: to, playing: input === 'play' || input === 'tick' }, show: to };
  const notice =
    stepped.size === 0 ? 'noneToStep' : input === 'tick' ? 'played' : input === 'next' ? 'noLater' : 'noEarlier';
  return { steps: { at, playing: false }, notice };
}

/**
 * The event a fragment lands the reader on, for the controls to step on from: the event it names,
 * else the first event of the passage it names.
 */
export function landedEvent(
  resolved: { passage?: string; event?: string } | undefined,
  events: Pick<StepEvent, 'id' | 'passage'>[],
): string | undefined {
  if (resolved?.event) return resolved.event;
  return resolved?.passage ? events.find((event) => event.passage === resolved.passage)?.id : undefined;
}

/**
 * What a step says: where it is among the events stepped through (`index` counts from 1), the
 * event's name and date and every hedge it carries, as the arrow keys' steps say it (say.ts).
 */
export function sayStep(
  words: SyncWords,
  event: Pick<StepEvent, 'title' | 'date' | 'hedge'>,
  index: number,
  count: number,
): string {
  return sayEvent(words, event, { index: index - 1, count });
}

import type { AnalysisEvent } from '../../schemas/event';
import { toIsoDay } from '../../schemas/iso-date';
import { compareIsoDates } from './dates';
import { ContentError, eventField } from './errors';

/** Where an event stands in time once every relative date is resolved. */
export interface EventTime {
  /** Dated events run in date order; events with no date, then claims about the future, follow. */
  group: 'dated' | 'undated' | 'ahead';
  /** The date it sorts by: its own, the publication day for "recently", its predecessor's for "after". */
  iso?: string;
}

type Indexed = AnalysisEvent & { sourceIndex: number };

const GROUP_RANK = { dated: 0, undated: 1, ahead: 2 } as const;

function ownTime(event: AnalysisEvent, published: string): EventTime | undefined {
  const { iso, relative } = event.date;
  if (iso !== undefined) return { group: 'dated', iso };
  if (relative === 'recently') return { group: 'dated', iso: published };
  if (relative === 'undated') return { group: 'undated' };
  if (relative === 'ahead') return { group: 'ahead' };
  return undefined; // "after": its predecessor's
}

/**
 * Puts events in timeline order without inventing a date: dated events by date ("recently" at
 * the publication day, after anything dated up to it), each "after" event straight after the one
 * it followed, then undated events and claims about the future. A reference to a missing event,
 * or a loop of "after"s, stops the build.
 */
export function orderEvents<E extends Indexed>(
  events: E[],
  published: Date,
  file: string,
): (E & { time: EventTime })[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const followers = new Map<string, E[]>();
  for (const event of events) {
    const after = event.date.after;
    if (after === undefined) continue;
    if (!byId.has(after) || after === event.id) {
      throw new ContentError({
        file,
        field: eventField(event, event.sourceIndex, 'date.after'),
        value: after,
        fix: `name another event of this file that this one followed: ${[...byId.keys()].filter((id) => id !== event.id).join(', ')}`,
      });
    }
    followers.set(after, [...(followers.get(after) ?? []), event]);
  }
  const publishedDay = toIsoDay(published);
  const roots = events
    .flatMap((event) => {
      const time = ownTime(event, publishedDay);
      return time ? [{ event, time, recent: event.date.relative === 'recently' }] : [];
    })
    .sort(
      (a, b) =>
        GROUP_RANK[a.time.group] - GROUP_RANK[b.time.group] ||
        compareIsoDates(a.time.iso ?? '', b.time.iso ?? '') ||
        Number(a.recent) - Number(b.recent) ||
        a.event.sourceIndex - b.event.sourceIndex,
    );
  const ordered: (E & { time: EventTime })[] = [];
  const emit = (event: E, time: EventTime) => {
    ordered.push({ ...event, time });
    for (const follower of followers.get(event.id) ?? []) emit(follower, time);
  };
  for (const { event, time } of roots) emit(event, time);
  const looped = events.find((event) => !ordered.some((o) => o.id === event.id));
  if (looped) {
    throw new ContentError({
      file,
      field: eventField(looped, looped.sourceIndex, 'date.after'),
      value: looped.date.after,
      fix: 'these "after" dates run in a circle; give one of them an iso date or another relative date',
    });
  }
  return ordered;
}

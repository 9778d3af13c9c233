import { fill, type SyncWords } from '../i18n/sync-words';
import type { SyncData } from './sync-data';

type SyncEvent = Pick<SyncData['events'][number], 'title' | 'date' | 'hedge'>;

/**
 * An event as the live region says it: its title, its date and every hedge it carries, and, when
 * a step reached it, where it stands among the events ("3 of 19: …").
 */
export function sayEvent(words: SyncWords, event: SyncEvent, step?: { index: number; count: number }): string {
  const values = {
    title: event.title,
    date: event.date,
    hedge: event.hedge ? fill(words.hedge, { hedge: event.hedge }) : '',
  };
  if (!step) return fill(words.eventAndDate, values);
  const count = new Intl.NumberFormat(words.numberLocales);
  return fill(words.step, { ...values, index: count.format(step.index + 1), count: count.format(step.count) });
}

/**
 * The name of each passage the map links to, where a reader following a marker or a border lands:
 * "Passage: " and the titles of its events, or, for one that only a border leads to, what it marks
 * on the map. Given by the script, which moves focus there: the page carries no second copy of
 * the titles.
 */
export function passageNames(data: Pick<SyncData, 'passages' | 'events' | 'links' | 'words'>): Map<string, string> {
  return new Map(
    data.passages
      .filter((passage) => passage.targets.length > 0)
      .map((passage) => {
        const titles = data.events.filter((event) => event.passage === passage.id).map((event) => event.title);
        const marked = passage.targets.map(
          (anchor) => data.links.find((link) => link.anchor === anchor)?.name ?? anchor,
        );
        const list = (titles.length > 0 ? titles : marked).join(data.words.separator);
        return [passage.id, fill(data.words.passageName, { list })];
      }),
  );
}

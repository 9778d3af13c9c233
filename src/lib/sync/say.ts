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

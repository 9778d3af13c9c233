import type { Correction } from '../../schemas/analysis';
import type { Lang } from '../i18n/lang';
import { escapeHtml } from '../html-entities';

/**
 * An analysis's log as a feed reader shows it: each entry's kind, day and what changed, one list
 * item each, in the log's order (a feed's `content:encoded`).
 */
export function logHtml(corrections: readonly Correction[], lang: Lang): string {
  const { words } = lang;
  const items = corrections.map(
    (entry) =>
      `<li><strong>${escapeHtml(words.corrections.kinds[entry.kind])}</strong>${words.punctuation.comma}${escapeHtml(lang.day(entry.date))}: ${escapeHtml(`${entry.wrong} ${entry.right}`)}</li>`,
  );
  return items.length > 0 ? `<h2>${escapeHtml(words.corrections.heading)}</h2><ol>${items.join('')}</ol>` : '';
}

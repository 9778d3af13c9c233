import type { Outline } from '../../lib/content/passages';
import type { Lang } from '../../lib/i18n/lang';

/** Where a log entry's change was, in the reader's words: "In “Iran: engagement without embrace”", "In the headline". */
export function whereChanged(where: string, outline: Outline, lang: Lang): string {
  const { words } = lang;
  if (where === 'headline' || where === 'dek' || where === 'map') return words.corrections.parts[where];
  const section = outline.passages.find((p) => p.id === where)?.section ?? where;
  return words.corrections.inSection(outline.sections.find((s) => s.id === section)?.title ?? '');
}

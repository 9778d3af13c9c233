import type { EventKind } from '../../schemas/event';
import type { Lang } from './lang';
import type { Words } from './words/en';

/** What the page's script says, in the page's edition: its templates, the kinds' names and how it writes numbers. */
export type SyncWords = Words['sync'] & {
  kindNames: Record<EventKind, string>;
  /** The locales its numbers are written in, best first (see Lang). */
  numberLocales: string[];
};

/** The words the page's script needs, and no more: they travel in the page. */
export const syncWords = (lang: Lang): SyncWords => ({
  ...lang.words.sync,
  kindNames: lang.words.kinds,
  numberLocales: lang.numberLocales,
});

/** Fills a template's {named} slots: "Showing {shown} of {total} events". */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));

import type { CollectionEntry } from 'astro:content';
import type { LinkedAnalysis } from '../content/link-events';
import type { Outline } from '../content/passages';
import type { Lang } from '../i18n/lang';

/** Everything a page needs to know about one analysis in one edition, checked. */
export interface LoadedAnalysis extends LinkedAnalysis {
  slug: string;
  /** The analysis's frontmatter, in the edition's words. */
  entry: CollectionEntry<'analyses'>;
  /** The MDX the page renders: the original's, or the edition's. */
  source: CollectionEntry<'analyses'> | CollectionEntry<'editions'>;
  outline: Outline;
  files: { analysis: string; events: string };
  lang: Lang;
  /** For a translated edition: what it follows, and where it has fallen behind the original. */
  translation?: Translation;
}

/** How a translated edition stands against its original. */
export interface Translation {
  /** The date of the original's version it translates. */
  follows: Date;
  /** When the original last changed. */
  originalUpdated: Date;
  /** Passages whose original has changed since they were translated. */
  stale: Set<string>;
}

import type { SyncWords } from '../i18n/sync-words';
import type { EventKind } from '../../schemas/event';

/**
 * The contract between the build and the page's script: ids, how they relate and the few words
 * the script says aloud or shows. Never geometry, never anything the script would have to read
 * back out of the page.
 */
export interface SyncData {
  /** In timeline order. */
  events: {
    id: string;
    passage: string;
    title: string;
    date: string;
    /** Its hedges and who says so, in words ("reported; who says so: …"), or "". */
    hedge: string;
    entities: string[];
    kind: EventKind;
    /** The map element that shows it, if one does. */
    target: string | null;
  }[];
  /** Each passage, the section it sits in, and what it marks on the map. */
  passages: { id: string; section: string; targets: string[] }[];
  sections: { id: string; entities: string[] }[];
  /** Map links by element id, with the name a reader knows each by and the events it carries. */
  links: { anchor: string; name: string; events: string[] }[];
  /** The country an entity stands for, where it is one of the region's (iran → IRN). */
  entityCountries: Record<string, string>;
  entities: string[];
  /** Each entity's name in the page's edition, for the filters. */
  entityNames: Record<string, string>;
  kinds: EventKind[];
  /** The analysis's embed (root-relative), whose code the passages' Embed controls copy. */
  embed: string;
  /** What the script says and shows, in the page's edition. */
  words: SyncWords;
}

import type { SyncData } from './sync-data';

/** What a URL fragment points at, once resolved against the page's data. */
export interface Resolved {
  /** The passage to highlight and focus, if any. */
  passage?: string;
  /** The section the fragment names or the passage sits in. */
  section?: string | undefined;
  /** Map elements to mark as current. */
  targets: string[];
  /** The event the fragment names, when it names one. */
  event?: string;
}

/** The id in a fragment, or undefined for an empty, malformed or absurdly long one. */
export function fragmentId(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.length === 0 || raw.length > 200) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * Resolves a fragment to a passage, an event, a section or a map element. Anything else, a
 * typo or something hostile, resolves to nothing and changes nothing.
 */
export function resolveHash(hash: string, data: SyncData): Resolved | undefined {
  const id = fragmentId(hash);
  if (id === undefined) return undefined;
  const passage = data.passages.find((p) => p.id === id);
  if (passage) return { passage: id, section: passage.section, targets: passage.targets };
  const event = data.events.find((e) => e.id === id);
  if (event)
    return {
      passage: event.passage,
      section: data.passages.find((p) => p.id === event.passage)?.section,
      targets: event.target ? [event.target] : [],
      event: id,
    };
  const section = data.sections.find((s) => s.id === id);
  if (section) return { section: id, targets: [] };
  const link = data.links.find((l) => l.anchor === id);
  if (link) return { targets: [id] };
  return undefined;
}

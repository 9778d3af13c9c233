import { createHash } from 'node:crypto';
import { passageTexts } from '../editions/passage-text';

/** One part of an analysis that readers see, and what it holds: the unit a published record hashes. */
export interface ReaderPart {
  /** "headline", "dek", "map", or the kind and id: "passage six-months-on", "section opening", "event water-release", "border AFG-PAK". */
  key: string;
  /** The words (and, for an event, the facts) readers see in it. */
  words: string;
  /** For an event or a border, the passage it belongs to: a log entry there covers it. */
  passage?: string;
}

/** An event as readers see it, in the original (every field they see) or in an edition (its words). */
export type ReaderEvent = { id: string; passage: string } & Record<string, unknown>;

export interface ReaderSource {
  title: string;
  dek: string;
  /** The MDX body, frontmatter excluded. */
  body: string;
  events: ReaderEvent[];
  /** Each drawn border's id, passage and words. */
  borders: { id: string; passage: string; words: unknown }[];
  /** The capitals' names as the map writes them. */
  capitals: string[];
}

const SECTION = /<Section\b([^>]*)>([\s\S]*?)<\/Section>/g;
const PASSAGE = /<Passage\b[^>]*>[\s\S]*?<\/Passage>/g;
const sectionId = (attributes: string) => /\bid\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? '';
const sectionTitle = (attributes: string) => /\btitle\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? '';

/** JSON with every object's keys in order, so that moving a field in the file changes nothing. */
const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );

/** The hash a record keeps of a part's words: blind to line breaks and spacing. */
export const wordsHash = (words: string): string =>
  createHash('sha256').update(words.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);

/**
 * Every part of one edition of an analysis that readers see: headline, dek, each passage, each
 * section's own words (its heading, and paragraphs and pull quotes outside its passages), each
 * event, each border's name and note, and the capitals' names.
 */
export function readerParts(source: ReaderSource): ReaderPart[] {
  return [
    { key: 'headline', words: source.title },
    { key: 'dek', words: source.dek },
    ...passageTexts(source.body).map((p) => ({ key: `passage ${p.id}`, words: p.inner })),
    ...[...source.body.matchAll(SECTION)].map((match) => ({
      key: `section ${sectionId(match[1]!)}`,
      words: `${sectionTitle(match[1]!)}\n${match[2]!.replace(PASSAGE, '')}`,
    })),
    ...source.events.map(({ id, passage, ...seen }) => ({
      key: `event ${id}`,
      words: stableJson(seen),
      passage,
    })),
    ...source.borders.map((border) => ({
      key: `border ${border.id}`,
      words: stableJson(border.words),
      passage: border.passage,
    })),
    { key: 'map', words: source.capitals.join('\n') },
  ];
}

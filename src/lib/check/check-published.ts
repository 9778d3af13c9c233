import type { Correction } from '../../schemas/analysis';
import type { EditionText } from '../../schemas/edition';
import type { PublishedEdition, PublishedRecord } from '../../schemas/published';
import { toIsoDay } from '../../schemas/iso-date';
import type { ContentProblem } from '../content/errors';
import { readerParts, wordsHash, type ReaderPart, type ReaderSource } from '../content/published/reader-parts';
import type { CheckedAnalysis } from './check-content';
import type { CheckedEdition } from './editions/check-edition';

/** What an original's readers see of each event: everything but its tags and links. */
const SEEN_FIELDS = ['title', 'date', 'place', 'precision', 'hedge', 'attribution', 'kind', 'timelineOnly'] as const;

/** The parts of the original readers see. */
export function originalSource(analysis: CheckedAnalysis): ReaderSource {
  return {
    title: analysis.analysis.title,
    dek: analysis.analysis.dek,
    body: analysis.body,
    events: analysis.events.map((event) => ({
      id: event.id,
      passage: event.passage,
      ...Object.fromEntries(SEEN_FIELDS.map((field) => [field, event[field]])),
    })),
    borders: analysis.map.borders.map(({ id, passage, name, note }) => ({ id, passage, words: { name, note } })),
    capitals: analysis.map.capitals.map((capital) => capital.name),
  };
}

/** The parts of a translated edition readers see: its own words over the original's facts. */
export function editionSource(edition: CheckedEdition, english: CheckedAnalysis): ReaderSource {
  const words: EditionText = edition.words;
  return {
    title: edition.frontmatter.title,
    dek: edition.frontmatter.dek,
    body: edition.body,
    events: english.events.map((event) => ({ id: event.id, passage: event.passage, ...words.events[event.id] })),
    borders: english.map.borders.map(({ id, passage }) => ({ id, passage, words: words.map.borders[id] })),
    capitals: english.map.capitals.map((capital) => words.map.capitals[capital.name] ?? capital.name),
  };
}

/** The record of one edition as it stands: what `npm run publish` writes. */
export function recordOf(source: ReaderSource, day: string, entries: number, english?: number): PublishedEdition {
  return {
    recorded: day,
    entries,
    ...(english === undefined ? {} : { english }),
    words: Object.fromEntries(readerParts(source).map((part) => [part.key, wordsHash(part.words)])),
  };
}

/** Whether a log entry speaks for a part: it names the part, the part's passage, or (for the map's words) the map. */
export function covers(entry: Pick<Correction, 'passage' | 'events'>, part: ReaderPart): boolean {
  const [kind, id] = part.key.includes(' ') ? part.key.split(' ') : [part.key, part.key];
  if (kind === 'event' && entry.events?.includes(id!)) return true;
  if ((kind === 'border' || kind === 'map') && entry.passage === 'map') return true;
  return entry.passage === id || (part.passage !== undefined && entry.passage === part.passage);
}

/** Where a part is written, in the editor's words: `passage "six-months-on"`, `event "water-release"`, `the headline`. */
const partField = (key: string) => {
  const [kind, id] = key.split(' ');
  if (id === undefined) return { headline: 'the headline', dek: 'the dek', map: "the map's capitals" }[kind!] ?? kind!;
  return `${kind} ${JSON.stringify(id)}`;
};

export interface EditionLog {
  code: string;
  /** The files its parts are written in: the MDX (headline, dek, passages, sections), the JSON or events file (events, map). */
  files: { text: string; data: string };
  parts: ReaderPart[];
  /** The entries added since the record, each able to speak for a change. */
  added: (record: PublishedEdition) => Correction[];
  /** Where an entry for a change of this edition goes. */
  logField: string;
}

/** The parts of one edition whose words changed since the record with no entry added to speak for them. */
export function uncoveredParts(log: EditionLog, record: PublishedEdition): ReaderPart[] {
  const added = log.added(record).filter((entry) => toIsoDay(entry.date) >= record.recorded);
  return log.parts.filter((part) => {
    const hash = record.words[part.key];
    return hash !== undefined && wordsHash(part.words) !== hash && !added.some((entry) => covers(entry, part));
  });
}

function problemsOf(log: EditionLog, record: PublishedEdition, lockFile: string): ContentProblem[] {
  const now = new Map(log.parts.map((part) => [part.key, part]));
  const uncovered = new Set(uncoveredParts(log, record).map((part) => part.key));
  return Object.entries(record.words).flatMap(([key]): ContentProblem[] => {
    const part = now.get(key);
    const file = /^(event|border|map)\b/.test(key) ? log.files.data : log.files.text;
    if (!part) {
      return [
        {
          file,
          field: partField(key),
          value: undefined,
          fix: `readers were shown it (${lockFile}, ${record.recorded}); a published part keeps its id, so that links to it still land: put it back`,
        },
      ];
    }
    if (!uncovered.has(key)) return [];
    const where = key.split(' ')[1] ?? key;
    return [
      {
        file,
        field: partField(key),
        value: `words changed since ${record.recorded}`,
        fix: `readers were shown other words (${lockFile}); add an entry with "passage: ${part.passage ?? where}" to ${log.logField}, dated ${record.recorded} or later, of kind correction, clarification, update or minor — or undo the change`,
      },
    ];
  });
}

/** The log of every edition of every published analysis, with the parts readers see in it now. */
export function publishedLogs(
  record: PublishedRecord,
  originals: CheckedAnalysis[],
  editions: Map<string, CheckedEdition[]>,
  editionFiles: (code: string, slug: string) => { mdx: string; json: string },
): { slug: string; log: EditionLog; published: PublishedEdition }[] {
  return originals.flatMap((english) => {
    const published = record[english.slug];
    if (!published) return [];
    const logs: EditionLog[] = [
      {
        code: 'en',
        files: { text: english.files.analysis, data: english.files.events },
        parts: readerParts(originalSource(english)),
        added: (r) => english.analysis.corrections.slice(r.entries),
        logField: 'corrections',
      },
      ...(editions.get(english.slug) ?? []).map((edition) => {
        const files = editionFiles(edition.code, english.slug);
        return {
          code: edition.code,
          files: { text: files.mdx, data: files.json },
          parts: readerParts(editionSource(edition, english)),
          added: (r: PublishedEdition) => [
            ...english.analysis.corrections.slice(r.english ?? 0),
            ...edition.frontmatter.ownEntries.slice(r.entries),
          ],
          logField: `ownEntries (or translate the English entry under corrections)`,
        };
      }),
    ];
    return logs.flatMap((log) => {
      const edition = published[log.code];
      return edition ? [{ slug: english.slug, log, published: edition }] : [];
    });
  });
}

/**
 * Holds every published analysis and edition to the record of what readers were shown: a part
 * whose words changed needs a log entry for it, added since the record and dated no earlier.
 * A translation catching up with the English is covered by the English entry it translates,
 * or, once that entry is on record, by an entry of its own (an update).
 */
export function checkPublished(
  lockFile: string,
  record: PublishedRecord,
  originals: CheckedAnalysis[],
  editions: Map<string, CheckedEdition[]>,
  editionFiles: (code: string, slug: string) => { mdx: string; json: string },
): ContentProblem[] {
  return publishedLogs(record, originals, editions, editionFiles).flatMap(({ log, published }) =>
    problemsOf(log, published, lockFile),
  );
}

import type { CollectionEntry } from 'astro:content';
import { lastUpdated, type Analysis } from '../../schemas/analysis';
import type { EditionText } from '../../schemas/edition';
import { langFor } from '../i18n/lang';
import type { LoadedAnalysis } from './loaded-analysis';
import type { LinkedEvent } from '../content/link-events';
import { readOutline } from '../content/passages';
import { passageTexts, passageVersion } from '../content/editions/passage-text';

interface EditionFiles {
  code: string;
  entry: CollectionEntry<'editions'>;
  /** The edition's MDX body, line for line as in its file. */
  body: string;
  /** The original's MDX body. */
  originalBody: string;
  file: string;
  text: EditionText;
}

/** The passages of an edition whose original has changed since they were translated. */
export function stalePassages(originalBody: string, editionBody: string): Set<string> {
  const current = new Map(passageTexts(originalBody).map((p) => [p.id, passageVersion(p.inner)]));
  return new Set(
    passageTexts(editionBody)
      .filter((p) => p.translates !== current.get(p.id))
      .map((p) => p.id),
  );
}

/**
 * An analysis in a translated edition: the original's ids, places, dates and links, with every
 * word a reader sees taken from the edition's files. The map's keys stay the original's (each
 * event keeps its place's original name as `placeKey`), so an address means the same passage,
 * marker or border in every edition. A correction's earlier wording stays in the original's
 * language: the edition never printed it.
 */
export function localize(original: LoadedAnalysis, edition: EditionFiles): LoadedAnalysis {
  const lang = langFor(edition.code);
  const words = edition.entry.data;
  const english = original.entry.data;
  const data: Analysis = {
    ...english,
    title: words.title,
    dek: words.dek,
    byline: words.byline,
    ...(english.period ? { period: { ...english.period, label: lang.period(english.period) } } : {}),
    corrections: [
      ...english.corrections.map((correction, i) => ({ ...correction, ...words.corrections[i]! })),
      ...words.ownEntries,
    ].sort((a, b) => a.date.getTime() - b.date.getTime()),
  };
  const events = original.events.map((event): LinkedEvent => {
    const text = edition.text.events[event.id]!;
    const { attribution: _, ...rest } = event;
    return {
      ...rest,
      title: text.title,
      date: { ...event.date, label: lang.eventDate(event.date, text.date) },
      place: event.place && { ...event.place, name: text.place ?? event.place.name },
      ...(text.attribution ? { attribution: text.attribution } : {}),
      placeKey: event.place?.name,
    };
  });
  const map = {
    capitals: original.map.capitals.map((capital) => ({
      ...capital,
      name: edition.text.map.capitals[capital.name] ?? capital.name,
    })),
    borders: original.map.borders.map((border) => {
      const { note: _, ...rest } = border;
      const text = edition.text.map.borders[border.id]!;
      return { ...rest, name: text.name, ...(text.note ? { note: text.note } : {}) };
    }),
  };
  return {
    ...original,
    entry: { ...original.entry, data },
    source: edition.entry,
    outline: readOutline(edition.body, edition.file),
    files: { ...original.files, analysis: edition.file },
    lang,
    events,
    map,
    translation: {
      follows: words.follows,
      originalUpdated: lastUpdated(english) ?? english.published,
      stale: stalePassages(edition.originalBody, edition.body),
    },
  };
}

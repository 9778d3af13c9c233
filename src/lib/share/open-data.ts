import { passagePath } from '../anchors';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import type { LinkedEvent } from '../content/link-events';
import { hedgeText } from '../content/reader-words';

const passageUrl = (analysis: LoadedAnalysis, site: URL, id: string) =>
  new URL(passagePath(analysis.slug, id, analysis.lang.prefix), site).href;

/**
 * What every export says of an event besides its place, as the reporting has it: a date only
 * where the source gives one (else how the event stands in time), its hedges as codes and in
 * words, and who says so.
 */
function eventFields(event: LinkedEvent, analysis: LoadedAnalysis, site: URL) {
  return {
    id: event.id,
    title: event.title,
    date: event.date.iso ?? null,
    dateRelative: event.date.relative ?? null,
    dateAfter: event.date.after ?? null,
    dateLabel: event.date.label,
    place: event.place?.name ?? null,
    precision: event.precision ?? null,
    kind: event.kind,
    entities: event.entities,
    hedge: event.hedge,
    hedgeWords: hedgeText(event, analysis.lang.words) || null,
    attribution: event.attribution ?? null,
    passage: passageUrl(analysis, site, event.passage),
  };
}

/**
 * Every event with a point or a country as a GeoJSON Feature. A country named without a place
 * has no geometry (RFC 7946 allows null) and its ISO code in `country`: no point is invented.
 */
export function eventsGeoJson(analysis: LoadedAnalysis, site: URL) {
  const features = analysis.events.flatMap((event) => {
    const place = event.place;
    if (!place || 'border' in place) return [];
    const point = 'coordinates' in place ? place.coordinates : undefined;
    return [
      {
        type: 'Feature' as const,
        id: event.id,
        geometry: point ? { type: 'Point' as const, coordinates: point } : null,
        properties: {
          ...eventFields(event, analysis, site),
          country: 'country' in place ? place.country : null,
          offMap: place.offMap ?? false,
        },
      },
    ];
  });
  return { type: 'FeatureCollection' as const, name: analysis.slug, features };
}

const CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'date_relative',
  'date_after',
  'date_label',
  'place',
  'longitude',
  'latitude',
  'country',
  'border',
  'precision',
  'kind',
  'entities',
  'hedge',
  'hedge_words',
  'attribution',
  'passage',
] as const;

/** RFC 4180: quote every field that needs it, double the quotes inside. */
const csvField = (value: string | number | null | undefined) => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Every event, placed or not, one row each, in timeline order. */
export function eventsCsv(analysis: LoadedAnalysis, site: URL): string {
  const rows = analysis.events.map((event) => {
    const fields = eventFields(event, analysis, site);
    const place = event.place;
    const point = place && 'coordinates' in place ? place.coordinates : undefined;
    return [
      fields.id,
      fields.title,
      fields.date,
      fields.dateRelative,
      fields.dateAfter,
      fields.dateLabel,
      fields.place,
      point?.[0],
      point?.[1],
      place && 'country' in place ? place.country : undefined,
      place && 'border' in place ? place.border : undefined,
      fields.precision,
      fields.kind,
      fields.entities.join(' '),
      fields.hedge.join(' '),
      fields.hedgeWords,
      fields.attribution,
      fields.passage,
    ].map(csvField);
  });
  return [CSV_COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n';
}

import type { LoadedAnalysis } from '../content/collections';

const passageUrl = (analysis: LoadedAnalysis, site: URL, id: string) =>
  new URL(`/analyses/${analysis.slug}/#${id}`, site).href;

/** Every event with a point, as a GeoJSON Feature with its properties and the passage it is told in. */
export function eventsGeoJson(analysis: LoadedAnalysis, site: URL) {
  const features = analysis.events.flatMap((event) => {
    if (!event.place || !('coordinates' in event.place)) return [];
    return [
      {
        type: 'Feature' as const,
        id: event.id,
        geometry: { type: 'Point' as const, coordinates: event.place.coordinates },
        properties: {
          id: event.id,
          title: event.title,
          date: event.date.iso,
          dateLabel: event.date.label,
          place: event.place.name,
          precision: event.precision,
          offMap: event.place.offMap ?? false,
          kind: event.kind,
          entities: event.entities,
          hedge: event.hedge ?? null,
          passage: passageUrl(analysis, site, event.passage),
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
  'date_label',
  'place',
  'longitude',
  'latitude',
  'border',
  'precision',
  'kind',
  'entities',
  'hedge',
  'passage',
] as const;

/** RFC 4180: quote every field that needs it, double the quotes inside. */
const csvField = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Every event, placed or not, one row each, in date order. */
export function eventsCsv(analysis: LoadedAnalysis, site: URL): string {
  const rows = analysis.events.map((event) => {
    const point = event.place && 'coordinates' in event.place ? event.place.coordinates : undefined;
    const border = event.place && 'border' in event.place ? event.place.border : undefined;
    return [
      event.id,
      event.title,
      event.date.iso,
      event.date.label,
      event.place?.name,
      point?.[0],
      point?.[1],
      border,
      event.precision,
      event.kind,
      event.entities.join(' '),
      event.hedge,
      passageUrl(analysis, site, event.passage),
    ].map(csvField);
  });
  return [CSV_COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n';
}

import { analysisFilePath, analysisPath, hrefTo, logTarget } from '../anchors';
import { lastUpdated } from '../../schemas/analysis';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import { toIsoDay } from '../../schemas/iso-date';
import type { MapModel } from '../geo/map-model';

/**
 * schema.org NewsArticle for an analysis: headline, dates, the publishing organisation, its
 * card, the countries it is about and, where an event has a place, that event as an Event.
 */
export function newsArticle(analysis: LoadedAnalysis, model: MapModel, site: URL) {
  const { title, dek, published, byline, corrections } = analysis.entry.data;
  const { prefix, edition } = analysis.lang;
  const url = new URL(analysisPath(analysis.slug, prefix), site).href;
  const organisation = { '@type': 'NewsMediaOrganization', name: 'Borderlines', url: new URL(`${prefix}/`, site).href };
  const countries = analysis.entry.data.region.map((code) => ({
    '@type': 'Country',
    name: model.countries.find((country) => country.code === code)?.name ?? code,
  }));
  const events = analysis.events.flatMap((event) => {
    const place = event.place;
    if (!place || 'border' in place) return [];
    // Named, not placed: the coordinates are in the open data linked under the map, and every
    // byte of the head weighs on the editions' first visit.
    const location = { '@type': 'coordinates' in place ? 'Place' : 'Country', name: place.name };
    // A date the reporting does not give is left out rather than guessed.
    return [
      {
        '@type': 'Event',
        name: event.title,
        ...(event.date.iso ? { startDate: event.date.iso } : {}),
        url: `${url}${hrefTo(event.id)}`,
        location,
      },
    ];
  });
  // Each entry of the log, dated and of its kind (the stable word as genre, the edition's as
  // name), at the passage whose note tells what was wrong and what is right. The note's words are
  // not repeated here: far from them in the page, they cost the first visit 2.4 KB again.
  const correction = corrections.map((entry) => ({
    '@type': 'CorrectionComment',
    genre: entry.kind,
    name: analysis.lang.words.corrections.kinds[entry.kind],
    datePublished: toIsoDay(entry.date),
    url: `${url}${hrefTo(logTarget(entry.passage))}`,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: dek,
    url,
    mainEntityOfPage: url,
    datePublished: toIsoDay(published),
    dateModified: toIsoDay(lastUpdated(analysis.entry.data) ?? published),
    author: { ...organisation, name: byline },
    publisher: organisation,
    image: new URL(analysisFilePath(analysis.slug, 'card.png', prefix), site).href,
    inLanguage: edition.htmlLang,
    about: countries,
    mentions: events,
    ...(correction.length > 0 ? { correction } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: no "</script>" can end it early. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

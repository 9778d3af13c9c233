import type { LoadedAnalysis } from '../content/collections';
import type { MapModel } from '../geo/map-model';

/**
 * schema.org NewsArticle for an analysis: headline, dates, the publishing organisation, its
 * card, the countries it is about and, where an event has a point, that event as an Event.
 */
export function newsArticle(analysis: LoadedAnalysis, model: MapModel, site: URL) {
  const { title, dek, published, updated, byline } = analysis.entry.data;
  const url = new URL(`/analyses/${analysis.slug}/`, site).href;
  const organisation = { '@type': 'NewsMediaOrganization', name: 'Borderlines', url: new URL('/', site).href };
  const countries = analysis.entry.data.region.map((code) => ({
    '@type': 'Country',
    name: model.countries.find((country) => country.code === code)?.name ?? code,
  }));
  const events = analysis.events.flatMap((event) => {
    if (!event.place || !('coordinates' in event.place)) return [];
    const [longitude, latitude] = event.place.coordinates;
    return [
      {
        '@type': 'Event',
        name: event.title,
        startDate: event.date.iso,
        url: `${url}#${event.id}`,
        location: { '@type': 'Place', name: event.place.name, geo: { '@type': 'GeoCoordinates', latitude, longitude } },
      },
    ];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: dek,
    url,
    mainEntityOfPage: url,
    datePublished: published.toISOString().slice(0, 10),
    dateModified: (updated ?? published).toISOString().slice(0, 10),
    author: { ...organisation, name: byline },
    publisher: organisation,
    image: new URL(`/analyses/${analysis.slug}/card.png`, site).href,
    inLanguage: 'en-GB',
    about: countries,
    mentions: events,
  };
}

/** JSON for a `<script type="application/ld+json">`: no "</script>" can end it early. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

import type { AnalysisEvent } from '../../schemas/event';
import type { Words } from '../i18n/words/en';

/** "reported; disputed or denied", or "" for an event the reporting does not hedge. */
export const hedgeText = (event: Pick<AnalysisEvent, 'hedge'>, words: Words) =>
  event.hedge.map((h) => words.hedges[h]).join(words.events.separator);

/** The hedges and who says so, in one phrase for screen readers, previews and data: "" if neither. */
export function hedgeAndAttribution(event: Pick<AnalysisEvent, 'hedge' | 'attribution'>, words: Words): string {
  const hedges = hedgeText(event, words);
  const who = event.attribution ? words.events.whoSaysSo(event.attribution) : '';
  return [hedges, who].filter(Boolean).join(words.events.separator);
}

/** The place as a reader should understand it: a country named without a place says so. */
export function placeText(event: Pick<AnalysisEvent, 'place'>, words: Words): string {
  const place = event.place;
  if (!place) return words.events.noPlace;
  return 'country' in place ? words.events.wholeCountry(place.name) : place.name;
}

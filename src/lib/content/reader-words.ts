import type { AnalysisEvent, Hedge } from '../../schemas/event';

/** How each hedge reads to a reader, wherever an event appears. */
export const HEDGE_WORDS: Record<Hedge, string> = {
  reported: 'reported',
  rumoured: 'rumoured',
  'anonymous-sources': 'anonymous sources',
  disputed: 'disputed or denied',
  labelled: 'a characterisation no one is named as making',
  appears: 'an inference, not confirmed',
};

/** "reported; disputed or denied", or "" for an event the reporting does not hedge. */
export const hedgeText = (event: Pick<AnalysisEvent, 'hedge'>) => event.hedge.map((h) => HEDGE_WORDS[h]).join('; ');

/** The hedges and who says so, in one phrase for screen readers, previews and data: "" if neither. */
export function hedgeAndAttribution(event: Pick<AnalysisEvent, 'hedge' | 'attribution'>): string {
  const hedges = hedgeText(event);
  const who = event.attribution ? `who says so: ${event.attribution}` : '';
  return [hedges, who].filter(Boolean).join('; ');
}

/** The place as a reader should understand it: a country named without a place says so. */
export function placeText(event: Pick<AnalysisEvent, 'place'>): string {
  const place = event.place;
  if (!place) return 'no place given';
  return 'country' in place ? `${place.name} (the country; no place in it is named)` : place.name;
}

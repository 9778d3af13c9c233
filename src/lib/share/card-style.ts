import { KINDS } from '../../schemas/event';
import { LATIN_FAMILY, NASKH_FAMILY } from './card-fonts';
import { pageColour } from './page-palette';

/**
 * The map's look on a share card, as src/styles/map.css gives it on the page. resvg reads
 * <style> but not custom properties: each rule here names the page's own light colour for the
 * token the page uses (page-palette.ts), kind by kind, so a clash is the same red on both.
 * `.card-whole` is the whole map at a card's scale, where marker counts, callouts' words and
 * the scale's would be too small to read (its own names are set large, see CardMap);
 * `.card-crop`, a part of it enlarged, where the globe and the scale would be cut off.
 */
function kindRules(kind: string): string {
  const colour = pageColour(`kind-${kind}`);
  const k = `.kind-${kind}`;
  return `
${k} .marker-symbol, ${k} .callout-arrow, ${k} .marker-place { fill: ${colour}; }
${k}.is-hedged .marker-symbol { fill: ${pageColour('map-outline')}; stroke: ${colour}; stroke-width: 2.5; }
${k} .marker-approximate, ${k} .marker-country { fill: ${colour}; stroke: ${colour}; }
${k} .marker-leader { stroke: ${colour}; }`;
}

const c = pageColour;

/** The classes of the map's words a card sets in bold: countries' names and callouts' (not their distances). */
export const BOLD_MAP_WORDS = ['label-country', 'callout-label'];

export const CARD_STYLE = `
.map-sea, .inset-sphere { fill: ${c('map-sea')}; }
.map-country { fill: ${c('map-land')}; stroke: ${c('map-outline')}; stroke-width: 0.6; }
.map-country.is-region { fill: ${c('map-region')}; stroke: ${c('map-coast')}; stroke-width: 0.8; }
.map-river { fill: none; stroke: ${c('map-water')}; stroke-opacity: 0.5; stroke-width: 0.9; stroke-linejoin: round; }
.map-lake { fill: ${c('map-sea')}; stroke: ${c('map-water')}; stroke-opacity: 0.5; stroke-width: 0.6; }
.border-hit, .border-halo, .marker-hit, .marker-focus, .callout-hit, .callout-box { fill: none; stroke: none; }
.border-line { fill: none; stroke: ${c('map-border')}; stroke-width: 2.4; stroke-linejoin: round; stroke-linecap: round; }
.map-capital { fill: ${c('map-label')}; stroke: ${c('map-outline')}; stroke-width: 1; }
.map-label, .callout-label, .scale-text { font-family: 'DejaVu Sans'; fill: ${c('map-label')}; paint-order: stroke; stroke-width: 3px; stroke-linejoin: round; }
.map-label { stroke: ${c('map-region')}; }
.callout-label, .scale-text { stroke: ${c('map-sea')}; }
${BOLD_MAP_WORDS.map((name) => `.${name}`).join(', ')} { font-weight: bold; }
.callout-distance { font-weight: normal; }
.label-neighbour { fill: ${c('map-muted-label')}; font-style: italic; stroke: ${c('map-land')}; }
.label-leader { fill: none; stroke: ${c('map-label')}; stroke-width: 0.8; }
.marker-symbol { fill: ${c('kind-group')}; stroke: ${c('map-outline')}; stroke-width: 1.5; }
.marker-approximate { fill-opacity: 0.12; stroke-width: 1.6; stroke-dasharray: 3 2.4; }
.marker-country { fill-opacity: 0.1; stroke-width: 2.2; stroke-linecap: round; stroke-dasharray: 0.1 3.4; }
.marker-count { fill: ${c('map-outline')}; font-family: 'DejaVu Sans'; font-weight: bold; text-anchor: middle; }
.marker-leader { fill: none; stroke-width: 1.2; }
.marker-place { stroke: ${c('map-outline')}; stroke-width: 0.8; }
.inset-land { fill: ${c('map-land')}; stroke: ${c('map-coast')}; stroke-width: 0.4; }
.inset-frame { fill: none; stroke: ${c('map-border')}; stroke-width: 1.6; }
.scale-bar { fill: none; stroke: ${c('map-label')}; stroke-width: 1.5; }
.marker-number, .card-whole .marker-count, .card-whole .callout-label, .card-whole .scale-text { display: none; }
.card-crop .map-inset, .card-crop .map-scale { display: none; }
.card-highlight { fill: none; stroke: ${c('color-accent')}; stroke-width: 2.5; }
.card-highlight-line { fill: none; stroke: ${c('color-accent')}; stroke-width: 9; stroke-opacity: 0.35; stroke-linecap: round; }
${[...KINDS, 'group'].map(kindRules).join('')}
`;

/**
 * What a right-to-left card adds: the map's words in the editions' Naskh, DejaVu after it, for
 * what is not set in pieces (CardMap sets the names and callouts; marker counts are digits).
 * Unlike the page (map.css), the card sets no `direction` and swaps no anchors: resvg ignores
 * `direction`, and CardMap places each piece itself, within the box the label was placed in.
 */
export const RTL_CARD_STYLE = `
.map-label, .callout-label, .scale-text, .marker-count { font-family: '${NASKH_FAMILY}', '${LATIN_FAMILY}'; }
`;

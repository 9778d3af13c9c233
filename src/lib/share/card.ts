import type { ShareTarget } from './targets';
import { wrapText } from './wrap-text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows besides its target. */
export interface CardContext {
  analysisTitle: string;
  byline: string;
  /** The map as rendered for the page: one `<svg>` element. */
  mapSvg: string;
}

// resvg reads <style> but not custom properties or the page's stylesheet: concrete colours here,
// the same palette as src/styles/map.css.
const CARD_STYLE = `
.map-sea, .inset-sphere { fill: #cfe0ea; }
.map-country { fill: #e7e3da; stroke: #ffffff; stroke-width: 0.6; }
.map-country.is-region { fill: #fffdf7; stroke: #8d877c; stroke-width: 0.8; }
.border-hit, .marker-hit, .marker-focus, .callout-hit { fill: none; stroke: none; }
.border-line { fill: none; stroke: #8a2c0d; stroke-width: 2.4; }
.map-capital { fill: #1c1b19; }
.map-label, .callout-label, .scale-text { font-family: 'DejaVu Sans'; fill: #1c1b19; }
.label-country { font-weight: bold; }
.label-neighbour { fill: #57534e; font-style: italic; }
.callout-label { font-size: 10px; font-weight: bold; }
.callout-distance { font-weight: normal; }
.marker-symbol { fill: #1c1b19; stroke: #ffffff; stroke-width: 1.5; }
.kind-diplomacy .marker-symbol, .kind-diplomacy.callout-arrow { fill: #1d4ed8; }
.kind-clash .marker-symbol { fill: #b91c1c; }
.kind-humanitarian .marker-symbol { fill: #047857; }
.kind-economy .marker-symbol, .kind-economy .callout-arrow { fill: #6d28d9; }
.kind-security .marker-symbol { fill: #9a3412; }
.kind-history .marker-symbol { fill: #44403c; }
.is-hedged .marker-symbol { fill: #ffffff; stroke: #1d4ed8; stroke-width: 2.5; }
.marker-approximate { fill: none; stroke: #1c1b19; stroke-width: 1.6; stroke-dasharray: 3 2.4; }
.marker-country { fill: none; stroke: #1c1b19; stroke-width: 2.2; stroke-linecap: round; stroke-dasharray: 0.1 3.4; }
.marker-count { fill: #ffffff; font-family: 'DejaVu Sans'; font-size: 10px; font-weight: bold; text-anchor: middle; }
.callout-arrow { fill: #1c1b19; }
.inset-land { fill: #e7e3da; stroke: #8d877c; stroke-width: 0.4; }
.inset-frame { fill: none; stroke: #8a2c0d; stroke-width: 1.6; }
.scale-bar { fill: none; stroke: #1c1b19; stroke-width: 1.5; }
.marker-number { display: none; }
.card-highlight { fill: none; stroke: #8a2c0d; stroke-width: 4; }
.card-highlight-line { fill: none; stroke: #f59e0b; stroke-width: 9; stroke-opacity: 0.55; stroke-linecap: round; }
`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textLines(
  lines: string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  attributes: string,
): string {
  return lines
    .map(
      (line, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attributes}>${escape(line)}</text>`,
    )
    .join('');
}

/** The map placed on the card, with the target's marker ringed or its border drawn over. */
function placedMap(
  mapSvg: string,
  target: ShareTarget | undefined,
  box: { x: number; y: number; width: number; height: number },
) {
  const viewBox = /viewBox="([^"]+)"/.exec(mapSvg)?.[1] ?? '0 0 420 289';
  const inner = mapSvg
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<title[^>]*>.*?<\/title>/, '');
  const highlight = target?.highlight;
  const overlay =
    highlight?.type === 'marker'
      ? `<circle class="card-highlight" cx="${highlight.x}" cy="${highlight.y}" r="17"/>`
      : highlight?.type === 'border'
        ? `<path class="card-highlight-line" d="${highlight.d}"/>`
        : '';
  return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="${viewBox}">${inner}${overlay}</svg>`;
}

/**
 * A 1200×630 link-preview card as SVG: the analysis title, the shared section or event with its
 * date, and the map with that place highlighted. Without a target it is the article's card.
 */
export function buildCardSvg(context: CardContext, target?: ShareTarget): string {
  const left = 64;
  const textWidth = 560;
  const kicker = textLines(['BORDERLINES'], left, 92, 24, 0, 'font-weight="bold" fill="#8a2c0d" letter-spacing="3"');
  const analysis = wrapText(context.analysisTitle, textWidth, target ? 28 : 46, 0.6, target ? 2 : 5);
  const analysisBlock = textLines(
    analysis,
    left,
    150,
    target ? 28 : 46,
    target ? 36 : 58,
    `font-weight="${target ? 'normal' : 'bold'}" fill="${target ? '#57534e' : '#1c1b19'}"`,
  );
  const titleTop = 150 + analysis.length * (target ? 36 : 58) + 40;
  const title = target ? wrapText(target.title, textWidth, 42, 0.62, 4) : [];
  const titleBlock = textLines(title, left, titleTop, 42, 52, 'font-weight="bold" fill="#1c1b19"');
  const dateTop = titleTop + title.length * 52 + 14;
  const date = target ? textLines([target.dateLabel], left, dateTop, 28, 0, 'fill="#57534e"') : '';
  // The hedge travels with the event wherever it is shared, in words, not only as a symbol.
  const footerTop = CARD_HEIGHT - 48;
  const hedgeTop = dateTop + 38;
  // However long the titles, the hedge keeps at least one line clear of the footer.
  const hedgeRoom = Math.max(1, Math.floor((footerTop - 34 - hedgeTop) / 28) + 1);
  const wrapHedge = (text: string) => wrapText(capitalise(text), textWidth, 22, 0.58, hedgeRoom);
  // The attribution goes with the hedges where it fits whole; the hedges themselves always do.
  const withWho = target?.hedge ? wrapHedge(target.hedge) : [];
  const hedgeLines = withWho.at(-1)?.endsWith('…') ? wrapHedge(target!.hedgeWords) : withWho;
  const hedge = textLines(hedgeLines, left, hedgeTop, 22, 28, 'font-style="italic" fill="#8a2c0d"');
  const footer = textLines([context.byline], left, footerTop, 22, 0, 'fill="#57534e"');
  const map = placedMap(context.mapSvg, target, { x: 640, y: 110, width: 520, height: 410 });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">`,
    `<style>${CARD_STYLE}</style>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>`,
    `<rect x="0" y="0" width="${CARD_WIDTH}" height="10" fill="#8a2c0d"/>`,
    kicker,
    analysisBlock,
    titleBlock,
    date,
    hedge,
    footer,
    map,
    '</svg>',
  ].join('');
}

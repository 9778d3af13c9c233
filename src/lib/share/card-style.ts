import { CALLOUT } from '../geo/symbol-metrics';

/**
 * The map's look on a share card. resvg reads <style> but not custom properties or the page's
 * stylesheet: concrete colours here, the same palette as src/styles/map.css.
 */
export const CARD_STYLE = `
.map-sea, .inset-sphere { fill: #cfe0ea; }
.map-country { fill: #e7e3da; stroke: #ffffff; stroke-width: 0.6; }
.map-country.is-region { fill: #fffdf7; stroke: #8d877c; stroke-width: 0.8; }
.border-hit, .marker-hit, .marker-focus, .callout-hit { fill: none; stroke: none; }
.border-line { fill: none; stroke: #8a2c0d; stroke-width: 2.4; }
.map-capital { fill: #1c1b19; }
.map-label, .callout-label, .scale-text { font-family: 'DejaVu Sans'; fill: #1c1b19; }
.label-country { font-weight: bold; }
.label-neighbour { fill: #57534e; font-style: italic; }
.callout-label { font-size: ${CALLOUT.fontSize}px; font-weight: bold; }
.callout-distance { font-weight: normal; }
.marker-symbol { fill: #1c1b19; stroke: #ffffff; stroke-width: 1.5; }
.kind-diplomacy .marker-symbol, .kind-diplomacy.callout-arrow { fill: #1d4ed8; }
.kind-clash .marker-symbol { fill: #b91c1c; }
.kind-humanitarian .marker-symbol { fill: #047857; }
.kind-economy .marker-symbol, .kind-economy .callout-arrow { fill: #6d28d9; }
.kind-security .marker-symbol { fill: #9a3412; }
.kind-history .marker-symbol { fill: #44403c; }
.kind-infrastructure .marker-symbol { fill: #0e7490; }
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

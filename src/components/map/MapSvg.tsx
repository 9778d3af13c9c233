import type { ReactNode } from 'react';
import { BORDER_HIT_CLIP_ANCHOR } from '../../lib/anchors';
import type { Box } from '../../lib/geo/labels';
import type { MapModel } from '../../lib/geo/map-model';
import MapBorder from './MapBorder';
import MapCallout from './MapCallout';
import MapFurniture from './MapFurniture';
import MapLabels from './MapLabels';
import MapMarker from './MapMarker';
import MapWater from './MapWater';

export interface MapSvgProps {
  /** Everything to draw, computed at build time. */
  model: MapModel;
  /** What the map shows, for its accessible title; a card's map has none, the card being an image. */
  title?: string;
  /** Where the map sits when nested in a larger SVG, a share card: its box there. */
  placement?: Box;
  /** The part of the map a card shows (in map units); the whole frame otherwise. */
  view?: Box;
  /** A class for the map as nested in a card. */
  className?: string;
  /** Drawn over the map, after everything else: a card's highlight. */
  children?: ReactNode;
  /**
   * Part of the map, for a card drawn in layers (card-layers.tsx): its ground (the sea, the land
   * and the water), or everything drawn over that. The whole map otherwise.
   */
  layer?: 'ground' | 'marks';
}

type MapLink =
  | { type: 'border'; item: MapModel['borders'][number] }
  | { type: 'marker'; item: MapModel['markers'][number] }
  | { type: 'callout'; item: MapModel['callouts'][number] };

/**
 * Borders, markers and callouts in the order the text tells them, so that Tab moves through the
 * map as the reader moves through the article. SVG paints in document order too, so a border
 * told after a marker would lie over it: its hit band is clipped off every marker and callout
 * (MapBorder), and its line stops short of their symbols (lib/geo/border-gaps.ts).
 */
function linksInReadingOrder(model: MapModel): MapLink[] {
  const links: MapLink[] = [
    ...model.borders.map((item) => ({ type: 'border' as const, item })),
    ...model.markers.map((item) => ({ type: 'marker' as const, item })),
    ...model.callouts.map((item) => ({ type: 'callout' as const, item })),
  ];
  return links.sort((a, b) => a.item.order - b.item.order);
}

/**
 * The analysis's map as finished SVG. It is rendered into the HTML at build time; every
 * border and marker is a plain link, so it works before and without JavaScript. The share
 * cards nest the same map, placed in their own SVG.
 */
export default function MapSvg({ model, title, placement, view, className, children, layer }: MapSvgProps) {
  // On the page the SVG is as wide as its column and as tall as its frame's shape makes it, with or
  // without the stylesheet, which shrinks it to fit the screen (map.css). A fixed width here would
  // stand wider than a phone's screen until the stylesheet applied, and Chromium, laying a page
  // out early while a font was on its way, then dropped the scroll to a shared link's passage.
  // A card places the map in a box of its own.
  const frame = placement
    ? { ...placement, ...(className ? { className } : {}) }
    : { className: 'map-svg', width: '100%' };
  // A card's view is given as it is: a card drawn in layers lines its map up with its ground to
  // the pixel (card-map.ts). The page's own frame is rounded to tenths.
  const round = (value: number) => Math.round(value * 10) / 10;
  const { x, y, width, height } = view ?? { x: 0, y: 0, width: round(model.width), height: round(model.height) };
  const numbers = new Intl.NumberFormat(model.numberLocales);
  const ground = (
    <>
      <rect className="map-sea" width={model.width} height={model.height} />
      <g aria-hidden="true">
        {model.countries.map((country, i) => (
          <path
            key={country.code ?? country.name ?? i}
            className={country.inRegion ? 'map-country is-region' : 'map-country'}
            d={country.d}
            {...(country.code ? { 'data-country': country.code } : {})}
          />
        ))}
        <MapWater water={model.water} />
      </g>
    </>
  );
  const marks = (
    <>
      <MapLabels capitals={model.capitals} labels={model.labels} />
      <g className="map-links">
        {linksInReadingOrder(model).map((link) =>
          link.type === 'border' ? (
            <MapBorder key={link.item.anchor} border={link.item} />
          ) : link.type === 'marker' ? (
            <MapMarker key={link.item.anchor} marker={link.item} numbers={numbers} />
          ) : (
            <MapCallout key={link.item.anchor} callout={link.item} numbers={numbers} />
          ),
        )}
      </g>
      <MapFurniture inset={model.inset} scaleBar={model.scaleBar} />
      {children}
    </>
  );
  return (
    <svg {...frame} viewBox={[x, y, width, height].join(' ')}>
      {title && <title>{title}</title>}
      {layer !== 'ground' && (
        <defs>
          <clipPath id={BORDER_HIT_CLIP_ANCHOR}>
            <path d={model.borderHitClip} clipRule="evenodd" />
          </clipPath>
        </defs>
      )}
      {layer !== 'marks' && ground}
      {layer !== 'ground' && marks}
    </svg>
  );
}

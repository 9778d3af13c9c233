import { calloutBox } from '../geo/callouts';
import type { Box, PlacedLabel } from '../geo/labels';
import type { CalloutModel } from '../geo/map-types';
import { MAP_TEXT } from '../geo/symbol-metrics';
import { CARD_MAP_BOX } from './card-layout';
import type { LayerWindow } from './compose-layers';

/** The least size of text on a card, in its pixels: legible where a feed shows it a third as large. */
export const CARD_TEXT = 22;

type Size = { width: number; height: number };

/** Card pixels per map unit when the whole map fits the card's map box. */
export const wholeMapScale = (map: Size, box: Size = CARD_MAP_BOX) =>
  Math.min(box.width / map.width, box.height / map.height);

/** The size, in map units, of names that read at CARD_TEXT on a card that shows the whole map. */
export const wholeMapTextSize = (map: Size) => CARD_TEXT / wholeMapScale(map);

/**
 * The part of the map a card shows round a place: the page's map enlarged until its text reads
 * at CARD_TEXT, centred on the place as far as the frame allows. Its corner falls on a whole
 * pixel of the map drawn at that size, so that a card drawn in layers lays its map's marks on a
 * ground drawn once for every card (groundWindow).
 */
export function cropAround({ x, y }: { x: number; y: number }, map: Size, box: Size = CARD_MAP_BOX): Box {
  const scale = CARD_TEXT / MAP_TEXT;
  const width = Math.min(map.width, box.width / scale);
  const height = Math.min(map.height, box.height / scale);
  const corner = (value: number, size: number, room: number) => {
    const clamped = Math.min(Math.max(value - size / 2, 0), room - size);
    const snapped = Math.round(clamped * scale) / scale;
    return snapped > room - size ? Math.floor(clamped * scale) / scale : snapped;
  };
  return { x: corner(x, width, map.width), y: corner(y, height, map.height), width, height };
}

/**
 * A crop's ground, the map drawn whole at the crop's scale, and the window through which a card
 * shows it in `box`; undefined where the crop's corner does not fall on a whole pixel, when the
 * card must be drawn in one piece. The scale and centring are an SVG viewBox's own (xMidYMid meet).
 */
export function groundWindow(view: Box, map: Size, box: Box) {
  const scale = Math.min(box.width / view.width, box.height / view.height);
  const left = view.x * scale - (box.width - view.width * scale) / 2;
  const top = view.y * scale - (box.height - view.height * scale) / 2;
  const whole = (value: number) => Math.abs(value - Math.round(value)) < 1e-6;
  if (!whole(left) || !whole(top)) return undefined;
  return {
    scale,
    size: { width: Math.ceil(map.width * scale), height: Math.ceil(map.height * scale) },
    window: { ...box, left: Math.round(left), top: Math.round(top) } satisfies LayerWindow,
  };
}

const within = (box: Box, crop: Box) =>
  box.x >= crop.x &&
  box.y >= crop.y &&
  box.x + box.width <= crop.x + crop.width &&
  box.y + box.height <= crop.y + crop.height;

/** The page's labels that lie wholly inside a crop: a name cut at the card's edge is left off. */
export const labelsInside = (labels: PlacedLabel[], crop: Box) => labels.filter(({ box }) => within(box, crop));

/** The callouts whose arrow and words lie wholly inside a crop. */
export const calloutsInside = (callouts: CalloutModel[], crop: Box) =>
  callouts.filter((callout) => within(calloutBox(callout), crop));

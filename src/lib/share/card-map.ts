import { calloutBox } from '../geo/callouts';
import type { Box, PlacedLabel } from '../geo/labels';
import type { CalloutModel } from '../geo/map-types';
import { MAP_TEXT } from '../geo/symbol-metrics';
import { CARD_MAP_BOX } from './card-layout';

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
 * at CARD_TEXT, centred on the place as far as the frame allows.
 */
export function cropAround({ x, y }: { x: number; y: number }, map: Size, box: Size = CARD_MAP_BOX): Box {
  const scale = CARD_TEXT / MAP_TEXT;
  const width = Math.min(map.width, box.width / scale);
  const height = Math.min(map.height, box.height / scale);
  const clamp = (value: number, size: number, room: number) => Math.min(Math.max(value - size / 2, 0), room - size);
  return { x: clamp(x, width, map.width), y: clamp(y, height, map.height), width, height };
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

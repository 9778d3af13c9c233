import type { Frame } from './frame';
import type { Lang } from '../i18n/lang';
import { measureText } from './font-metrics';
import type { Box } from './labels';
import { distanceKm } from './offmap';
import { MAP_TEXT } from './symbol-metrics';

export interface ScaleBarModel {
  /** Length of the bar in map units. */
  length: number;
  /** What the bar measures, in kilometres. */
  km: number;
}

const NICE_KM = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];

/**
 * A bar of a round number of kilometres, no longer than `maxLength`, true at the centre of
 * the frame (an equal-area conic's scale varies a little away from it).
 */
export function buildScaleBar(frame: Frame, maxLength: number): ScaleBarModel {
  const { projection, width, height } = frame;
  const [x, y] = [width / 2, height / 2];
  const probe = 50;
  const kmPerUnit =
    distanceKm(projection.invert!([x - probe / 2, y])!, projection.invert!([x + probe / 2, y])!) / probe;
  const km = [...NICE_KM].reverse().find((candidate) => candidate / kmPerUnit <= maxLength) ?? NICE_KM[0]!;
  return { km, length: km / kmPerUnit };
}

/** A scale bar placed as the map draws it: bottom left, at most 90 units long, with its "500 km" in the edition's words. */
export type PlacedScaleBar = ScaleBarModel & { x: number; y: number; text: string };

/** The map's scale bar in the frame's bottom-left corner, where callouts and labels leave it room. */
export function placeScaleBar(frame: Frame, lang: Pick<Lang, 'words' | 'number'>): PlacedScaleBar {
  const bar = buildScaleBar(frame, 90);
  return { ...bar, x: 10, y: frame.height - 14, text: lang.words.map.km(lang.number(bar.km)) };
}

/** The box the bar and its "500 km" beside it take, which labels and callouts keep out of. */
export function scaleBarBox({ x, y, length, text }: PlacedScaleBar): Box {
  const width = length + 5 + measureText(text, MAP_TEXT) + 2;
  return { x: x - 6, y: y - MAP_TEXT - 3, width: width + 6, height: MAP_TEXT + 9 };
}

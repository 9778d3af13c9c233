import { lineObstacles } from './label-geometry';
import { leaderObstacles } from './label-leaders';
import { around, GAP, textBox, type Box, type Candidate, type LabelRequest, type PlacedLabel } from './labels';
import { placeLabels } from './place-labels';
import type { Point } from './polyline';
import { MAP_TEXT } from './symbol-metrics';
import { nameWater, type WaterNames } from './water-names';
import type { DrawnWater } from './water-shapes';

/** How far a name keeps from the water it names, and from any other (map units). */
const WATER_CLEARANCE = 1.5;

/** How far apart the spots tried along a river are (map units). */
const STEP = 4;

/** A river's or lake's label, which the map may leave out where it finds no room (as a neighbour's). */
export const isWaterLabel = (id: string) => id.startsWith('water-');

/** Points every `step` units along a line, each with how far along it lies. */
function pointsAlong(line: Point[], step: number): { point: Point; at: number }[] {
  const found: { point: Point; at: number }[] = [];
  let travelled = 0;
  let next = 0;
  line.slice(1).forEach(([x, y], i) => {
    const [x0, y0] = line[i]!;
    const length = Math.hypot(x - x0, y - y0);
    for (; next <= travelled + length; next += step) {
      const t = length === 0 ? 0 : (next - travelled) / length;
      found.push({ point: [x0 + (x - x0) * t, y0 + (y - y0) * t], at: next });
    }
    travelled += length;
  });
  return found.map(({ point, at }) => ({ point, at: at - travelled / 2 }));
}

/**
 * Spots beside a river: above it, below it, after it and before it, close by and then half a line
 * further out, at points along it from the middle of its longest stretch on the map outwards, so
 * that a river is named across its course rather than at a tip. A spot whose text would cross the
 * river is refused by the river's own line, kept as an obstacle (placeWaterLabels).
 */
function besideRiver(lines: Point[][], fontSize: number): Candidate[] {
  // How far the label's box (its text and halo) keeps from the point it is set by.
  const near = WATER_CLEARANCE + 0.5;
  const spots = lines.flatMap((line) => {
    const points = pointsAlong(line, STEP);
    const half = (points.length * STEP) / 2;
    return points.map(({ point, at }) => ({ point, order: Math.abs(at) - half }));
  });
  return spots
    .sort((a, b) => a.order - b.order)
    .flatMap(({ point: [x, y] }) =>
      [near, near + fontSize / 2].flatMap((edge) => [
        { x, y: y - edge - GAP - fontSize * 0.2, anchor: 'middle' as const },
        { x, y: y + edge + GAP + fontSize * 0.8, anchor: 'middle' as const },
        { x: x + edge + GAP, y: y + fontSize * 0.35, anchor: 'start' as const },
        { x: x - edge - GAP, y: y + fontSize * 0.35, anchor: 'end' as const },
      ]),
    );
}

/** Spots for a lake's name: on it, where it holds the name, then round it, close by. */
function atLake(rings: Point[][], fontSize: number): Candidate[] {
  const points = rings.flat();
  const [left, right] = [Math.min(...points.map(([x]) => x)), Math.max(...points.map(([x]) => x))];
  const [top, bottom] = [Math.min(...points.map(([, y]) => y)), Math.max(...points.map(([, y]) => y))];
  const centre: Point = [(left + right) / 2, (top + bottom) / 2];
  const reach = Math.max(right - left, bottom - top) / 2;
  return [{ x: centre[0], y: centre[1] + fontSize * 0.35, anchor: 'middle' }, ...around(centre, reach, fontSize)];
}

/** Whether a label set at a spot lies wholly on the region's land: its corners and its middle. */
function onLand(text: string, spot: Candidate, isLand: (point: Point) => boolean): boolean {
  const { x, y, width, height } = textBox([text], MAP_TEXT, spot);
  const points: Point[] = [
    [x, y],
    [x + width, y],
    [x, y + height],
    [x + width, y + height],
    [x + width / 2, y + height / 2],
  ];
  return points.every(isLand);
}

/**
 * A label for each river and lake drawn that the edition has a name for, by rank (the order the
 * water comes in): each name once, on the most important water that bears it, and only on the
 * region's land (`isLand`), whose paper it reads against, never out at sea or over a neighbour:
 * on a country the water itself touches, so that a lake by a border is never named across it.
 */
export function waterLabelRequests(
  water: DrawnWater[],
  names: WaterNames,
  isLand: (point: Point, water: DrawnWater) => boolean,
): LabelRequest[] {
  const seen = new Set<string>();
  return water.flatMap((drawn) => {
    const text = nameWater(drawn.name, names);
    if (text === undefined || seen.has(text)) return [];
    seen.add(text);
    const spots = drawn.kind === 'river' ? besideRiver(drawn.lines, MAP_TEXT) : atLake(drawn.lines, MAP_TEXT);
    const candidates = spots.filter((spot) => onLand(text, spot, (point) => isLand(point, drawn)));
    return [{ id: `water-${drawn.kind}-${drawn.name}`, text, fontSize: MAP_TEXT, role: 'water', candidates }];
  });
}

/**
 * Rivers' and lakes' names, placed after every other label, in the room those leave: clear of
 * everything they must keep clear of (`obstacles`), of the labels and leader lines placed, and of
 * the water's own lines, so that a name sits beside its river, never across it or another.
 */
export function placeWaterLabels(
  requests: LabelRequest[],
  obstacles: Box[],
  placed: PlacedLabel[],
  water: DrawnWater[],
  frame: { width: number; height: number },
): PlacedLabel[] {
  const taken = [
    ...obstacles,
    ...placed.map((label) => label.box),
    ...placed.flatMap((label) => (label.leader ? leaderObstacles(label.leader) : [])),
    ...lineObstacles(
      water.flatMap((drawn) => drawn.lines),
      WATER_CLEARANCE,
    ),
  ];
  // Whole units, as the water is drawn: the box kept round each name (GAP) takes the half unit.
  return placeLabels(requests, taken, frame).placed.map((label) => ({
    ...label,
    x: Math.round(label.x),
    y: Math.round(label.y),
  }));
}

import { geoIdentity } from 'd3-geo';
import { compactPath } from './compact-path';
import type { Feature } from 'geojson';
import type { Frame } from './frame';
import { distanceToSegment, extentOf, lengthOf, type Point } from './polyline';
import type { WaterTopology } from './water';
import { projectWater, type DrawnWater } from './water-shapes';

/** A river is drawn where it runs at least this share of the frame's width: the map's own major rivers. */
export const RIVER_SHARE = 1 / 5;

/** A lake at least this share of the frame's width across is drawn on its own account. */
export const LAKE_SHARE = 1 / 35;

/** A lake or playa this near a drawn river (map units) is the water that river brings: drawn with it. */
export const RIVER_REACH = 5;

/** Whether a point of either set of lines lies within `reach` of the other's lines. */
function near(a: Point[][], b: Point[][], reach: number): boolean {
  const pointNear = (point: Point, lines: Point[][]) =>
    lines.some((line) => line.slice(1).some((end, i) => distanceToSegment(point, line[i]!, end) <= reach));
  return a.some((line) => line.some((point) => pointNear(point, b))) || b.flat().some((point) => pointNear(point, a));
}

/**
 * The water a map draws of what its scale shows (projectWater), kept to what reads at its size:
 * rivers that cross a fifth of the frame or more, lakes a thirty-fifth of it across, and the lakes
 * and playas those rivers reach. A playa (a lake bed that fills only in wet seasons, or a salt
 * flat) is drawn only where a drawn river reaches it: beside its river it is the water the river
 * brings, as the Helmand brings the Hamun lakes; alone it is desert.
 */
export function selectWater(candidates: DrawnWater[], frame: { width: number }): DrawnWater[] {
  const rivers = candidates.filter(
    (water) => water.kind === 'river' && lengthOf(water.lines) >= frame.width * RIVER_SHARE,
  );
  const reached = (water: DrawnWater) => rivers.some((river) => near(river.lines, water.lines, RIVER_REACH));
  const kept = new Set<DrawnWater>([
    ...rivers,
    ...candidates.filter(
      (water) =>
        (water.kind === 'lake' && extentOf(water.lines.flat()) >= frame.width * LAKE_SHARE) ||
        (water.kind !== 'river' && reached(water)),
    ),
  ]);
  return candidates.filter((water) => kept.has(water));
}

/** The water a map of the `region`'s countries draws in `frame`: projectWater's, as selectWater keeps it. */
export const regionWater = (topology: WaterTopology, frame: Frame, region: Feature[]): DrawnWater[] =>
  selectWater(projectWater(topology, frame, region), frame);

/** The water as the map draws it: one path for the rivers, one for the lakes, one for the playas. */
export interface WaterModel {
  rivers: string;
  lakes: string;
  playas: string;
}

/**
 * Whole map units: a river is a thin, quiet line, and half a unit either way is less than its
 * width, where tenths would double the bytes the water adds to every page with a map.
 */
const path = compactPath(geoIdentity(), { digits: 0, minDistance: 0.8 });

/** The water's paths, each kind in one element. */
export function drawWater(water: DrawnWater[]): WaterModel {
  const of = (kind: DrawnWater['kind']) =>
    path({ type: 'MultiLineString', coordinates: water.filter((w) => w.kind === kind).flatMap((w) => w.lines) });
  return { rivers: of('river'), lakes: of('lake'), playas: of('playa') };
}

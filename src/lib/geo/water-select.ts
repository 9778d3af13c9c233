import { geoIdentity } from 'd3-geo';
import type { Feature } from 'geojson';
import { compactPath } from './compact-path';
import type { Frame } from './frame';
import { distanceToSegment, extentOf, joinLines, lengthOf, type Point } from './polyline';
import { riverCourses } from './river-courses';
import type { WaterTopology } from './water';
import { projectWater, type DrawnWater } from './water-shapes';

/** A river is drawn where its course runs at least this share of the frame's width: the map's own major rivers. */
export const RIVER_SHARE = 1 / 5;

/** A tributary, which ends on another river, runs twice as far to be drawn: a small map shows main rivers first. */
export const TRIBUTARY_SHARE = 2 / 5;

/** A piece of a river shorter than this (map units) is left out: a stub at the frame's edge, a delta's islet. */
export const SHORTEST_PIECE = 5;

/** A lake at least this share of the frame's width across is drawn on its own account. */
export const LAKE_SHARE = 1 / 20;

/** A lake or playa this near a drawn river (map units) is the water that river brings: drawn with it. */
export const RIVER_REACH = 5;

/** Whether a point of either set of lines lies within `reach` of the other's lines. */
function near(a: Point[][], b: Point[][], reach: number): boolean {
  const pointNear = (point: Point, lines: Point[][]) =>
    lines.some((line) => line.slice(1).some((end, i) => distanceToSegment(point, line[i]!, end) <= reach));
  return a.some((line) => line.some((point) => pointNear(point, b))) || b.flat().some((point) => pointNear(point, a));
}

/**
 * The rivers whose course reads at the frame's size (RIVER_SHARE, TRIBUTARY_SHARE), less their
 * stubs: each as drawn, by the river it was cut from.
 */
function majorRivers(candidates: DrawnWater[], width: number): Map<DrawnWater, DrawnWater> {
  const trimmed = new Map(
    candidates.flatMap((water) => {
      const lines = water.lines.filter((line) => lengthOf([line]) >= SHORTEST_PIECE);
      return water.kind === 'river' && lines.length > 0 ? [[{ ...water, lines }, water] as const] : [];
    }),
  );
  const major = riverCourses([...trimmed.keys()])
    .filter((course) => course.length >= width * (course.tributary ? TRIBUTARY_SHARE : RIVER_SHARE))
    .flatMap((course) => course.rivers);
  return new Map(major.map((river) => [trimmed.get(river)!, river]));
}

/**
 * The water a map draws of what its scale shows (projectWater), kept to what reads at its size:
 * rivers whose course crosses a fifth of the frame (a tributary, two fifths), lakes a
 * twentieth of it across, and the lakes and playas those rivers reach, and those these reach. A course is measured
 * whole where Natural Earth names its stretches apart (the Panj flows on as the Amu Darya). A
 * playa (a lake bed that fills only in wet seasons, or a salt flat) is drawn only where a drawn
 * river reaches it: beside its river it is the water the river brings, as the Helmand brings the
 * Hamun lakes; alone it is desert. The water keeps the order it came in.
 */
export function selectWater(candidates: DrawnWater[], frame: { width: number }): DrawnWater[] {
  const rivers = majorRivers(candidates, frame.width);
  const still = candidates.filter((water) => water.kind !== 'river');
  const kept = new Set(
    still.filter((water) => water.kind === 'lake' && extentOf(water.lines.flat()) >= frame.width * LAKE_SHARE),
  );
  // What the rivers reach, and what that reaches in turn: in a wet year the Hamun lakes are one.
  let reaching = [...rivers.values(), ...kept];
  while (reaching.length > 0) {
    const reached = still.filter(
      (water) => !kept.has(water) && reaching.some((other) => near(other.lines, water.lines, RIVER_REACH)),
    );
    for (const water of reached) kept.add(water);
    reaching = reached;
  }
  return candidates.flatMap((water) =>
    water.kind === 'river' ? (rivers.has(water) ? [rivers.get(water)!] : []) : kept.has(water) ? [water] : [],
  );
}

/** The water a map of the `region`'s countries draws in `frame`: projectWater's, as selectWater keeps it. */
export const regionWater = (topology: WaterTopology, frame: Frame, region: Feature[]): DrawnWater[] =>
  selectWater(projectWater(topology, frame, region), frame);

/**
 * The water as the map draws it: one path for the rivers, one for the lakes, a playa among them
 * (drawn only beside its river, it is drawn as the lake the river makes of it).
 */
export interface WaterModel {
  rivers: string;
  lakes: string;
}

/**
 * Whole map units: a river is a thin, quiet line, and half a unit either way is less than its
 * width, where tenths would double the bytes the water adds to every page with a map.
 */
const path = compactPath(geoIdentity(), { digits: 0, minDistance: 0.8 });

/** The water's paths: the rivers in one element, the lakes and playas in another. */
export function drawWater(water: DrawnWater[]): WaterModel {
  const of = (lakes: boolean) =>
    path({
      type: 'MultiLineString',
      coordinates: joinLines(water.filter((w) => (w.kind !== 'river') === lakes).flatMap((w) => w.lines)),
    });
  return { rivers: of(false), lakes: of(true) };
}

import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';
import { isInCountry } from './contains';
import { onceForFrame, type Frame } from './frame';
import { frameGeoBox, mayShow } from './frame-bounds';
import { extentOf, type Point } from './polyline';
import { simplifyLine } from './simplify-line';
import { waterFeatures, type Lake, type River, type WaterTopology } from './water';

/**
 * Points nearer than this (map units) to the line through those kept round them are dropped: a
 * river's line, a thin quiet stroke, keeps its course within 3 units; a lake's outline, small and
 * filled, within 1.5, or the Hamun lakes would fold to nothing.
 */
export const WATER_TOLERANCE = { river: 3, lake: 1.5, playa: 1.5 } as const;

/** A lake smaller than this across (map units) would be a speck: left out. */
const SMALLEST_LAKE = 2.5;

export type WaterKind = 'river' | 'lake' | 'playa';

/** A river or lake as a map draws it: in map units, clipped to the frame and simplified to its scale. */
export interface DrawnWater {
  kind: WaterKind;
  /** Natural Earth's name, which an edition's name is found by (water-names.ts); none if unnamed. */
  name?: string;
  rank: number;
  /** A river's lines; a lake's rings, each closed (its last point is its first). */
  lines: Point[][];
}

/** The map's scale at its centre: how many map units a degree of latitude spans there. */
export function unitsPerDegree(frame: Frame): number {
  const [lon, lat] = frame.projection.invert!([frame.width / 2, frame.height / 2])!;
  const [x0, y0] = frame.projection([lon, lat - 0.5])!;
  const [x1, y1] = frame.projection([lon, lat + 0.5])!;
  return Math.hypot(x1 - x0, y1 - y0);
}

/**
 * The least important rank a map draws, by its scale: twice the doublings of its scale above one
 * map unit a degree, so that a map of the world (about 1 unit a degree) keeps the great rivers
 * (Natural Earth ranks 0–1), a map of Russia (5) those ranked 5 and above, and a map of Iran,
 * Afghanistan and Pakistan (14) all the cut holds (8).
 */
export function maxWaterRank(scale: number): number {
  return Math.floor(2 * Math.log2(Math.max(1, scale)) + 0.5);
}

/** The lines or rings a projection draws of a geometry, in map units, clipped to its extent. */
function projectParts(projection: GeoProjection, geometry: GeoPermissibleObjects): Point[][] {
  const parts: Point[][] = [];
  const context: GeoContext = {
    moveTo: (x, y) => void parts.push([[x, y]]),
    lineTo: (x, y) => void parts.at(-1)!.push([x, y]),
    closePath: () => void parts.at(-1)!.push(parts.at(-1)![0]!),
    beginPath: () => undefined,
    arc: () => undefined,
  };
  geoPath(projection, context)(geometry);
  return parts;
}

/** The share of a geometry's points (every fourth, enough at the cut's spacing) that lie in the countries. */
function shareIn(water: River | Lake, countries: Feature[]): number {
  const points = (water.geometry.coordinates.flat(water.geometry.type === 'MultiPolygon' ? 2 : 1) as Point[]).filter(
    (_, i) => i % 4 === 0,
  );
  return points.filter((point) => countries.some((country) => isInCountry(country, point))).length / points.length;
}

/**
 * Whether a river or lake is the region's: a river through or along one of its countries, a lake
 * in or on one; a playa mostly in them, as the Hamun lakes are on the border of Iran and
 * Afghanistan and the Rann of Kutch, mostly in India, is not Pakistan's.
 */
const isRegions = (water: River | Lake, kind: WaterKind, region: Feature[]) =>
  kind === 'playa' ? shareIn(water, region) >= 0.5 : shareIn(water, region) > 0;

/** One river or lake as the map draws it, or nothing where it is too small to see. */
function drawOne(water: River | Lake, kind: WaterKind, frame: Frame): DrawnWater | undefined {
  const lines = projectParts(frame.projection, water)
    .map((line) => simplifyLine(line, WATER_TOLERANCE[kind]))
    .filter((line) => (kind === 'river' ? line.length >= 2 : line.length >= 4 && extentOf(line) >= SMALLEST_LAKE));
  if (lines.length === 0) return undefined;
  const { name, rank } = water.properties;
  return { kind, ...(name ? { name } : {}), rank, lines };
}

/** What each frame may draw of the water, by topology: every edition and every analysis of a region share it. */
const drawn = new WeakMap<WaterTopology, Map<string, DrawnWater[]>>();

/**
 * The rivers and lakes of the region's countries (`region`) of a rank the map's scale shows
 * (maxWaterRank), clipped to the frame and simplified to its scale, most important first. The
 * neighbours, drawn muted and without their capitals, are left without their water too, which
 * keeps every page with a map light. Which of these the map draws is selectWater's to say.
 */
export function projectWater(topology: WaterTopology, frame: Frame, region: Feature[]): DrawnWater[] {
  let byFrame = drawn.get(topology);
  if (!byFrame) drawn.set(topology, (byFrame = new Map()));
  const key = region.map((country) => String(country.id)).join(',');
  return onceForFrame(byFrame, frame, key, () => {
    const scale = unitsPerDegree(frame);
    const view = frameGeoBox(frame);
    const { rivers, lakes, playas } = waterFeatures(topology);
    const layers: [WaterKind, (River | Lake)[]][] = [
      ['river', rivers],
      ['lake', lakes],
      ['playa', playas],
    ];
    return layers
      .flatMap(([kind, features]) =>
        features
          .filter((water) => water.properties.rank <= maxWaterRank(scale) && mayShow(water, view))
          .filter((water) => isRegions(water, kind, region))
          .flatMap((water) => drawOne(water, kind, frame) ?? []),
      )
      .sort((a, b) => a.rank - b.rank);
  });
}

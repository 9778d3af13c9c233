import { geoBounds, geoConicEqualArea, geoPath, type GeoConicProjection, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';

/** A projected map frame in SVG user units (about CSS pixels at the size the page shows it). */
export interface Frame {
  width: number;
  height: number;
  /** Fitted to the region; paths drawn with it are clipped to the frame. */
  projection: GeoProjection;
}

export interface FrameOptions {
  width: number;
  /** Room kept between the region and the frame's edge, for labels and off-map callouts. */
  padding: number;
  minHeight: number;
  maxHeight: number;
}

export const DEFAULT_FRAME: FrameOptions = { width: 420, padding: 30, minHeight: 280, maxHeight: 520 };

/**
 * An Albers equal-area conic centred on the region, with standard parallels one sixth of
 * the way in from its northern and southern edges. A conic keeps shapes and areas honest
 * across a mid-latitude region that is wider than it is tall (Iran, Afghanistan and
 * Pakistan span 24–40°N); equal area lets readers compare the size of countries. Near the
 * equator the parallels fall either side of it and d3 falls back to a cylindrical form.
 */
export function regionProjection(region: FeatureCollection): GeoProjection {
  const [[west, south], [east, north]] = geoBounds(region);
  const span = north - south;
  const centre = east >= west ? (west + east) / 2 : (west + east + 360) / 2;
  return geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-centre, 0]);
}

/** Fits the region into a frame of fixed width, its height following the region's shape. */
export function fitFrame(region: FeatureCollection, options: FrameOptions = DEFAULT_FRAME): Frame {
  const { width, padding, minHeight, maxHeight } = options;
  const projection = regionProjection(region).fitWidth(width - 2 * padding, region);
  const [[, top], [, bottom]] = geoPath(projection).bounds(region);
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, bottom - top + 2 * padding)));
  projection
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      region,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { width, height, projection };
}

/** Whether a projected point lies inside the frame, at least `margin` from its edge. */
export function isInFrame(frame: Frame, [x, y]: [number, number], margin = 0): boolean {
  return x >= margin && x <= frame.width - margin && y >= margin && y <= frame.height - margin;
}

const keys = new WeakMap<Frame, string>();

/** A frame as a key: two frames with the same key draw every point in the same place. */
export function frameKey(frame: Frame): string {
  let key = keys.get(frame);
  if (key === undefined) {
    const { width, height, projection } = frame;
    const parallels = 'parallels' in projection ? (projection as unknown as GeoConicProjection).parallels() : null;
    key = JSON.stringify([
      width,
      height,
      projection.scale(),
      projection.translate(),
      projection.rotate(),
      projection.clipExtent(),
      parallels,
    ]);
    keys.set(frame, key);
  }
  return key;
}

/**
 * What depends only on the geometry and the frame, not on the edition or the events, worked out
 * once per build: every edition of an analysis draws the same map, and analyses of one region
 * share their frame.
 */
export function onceForFrame<T>(store: Map<string, T>, frame: Frame, key: string, make: () => T): T {
  const full = `${frameKey(frame)}\0${key}`;
  let value = store.get(full);
  if (value === undefined) store.set(full, (value = make()));
  return value;
}

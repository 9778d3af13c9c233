import { geoOrthographic } from 'd3-geo';
import { compactPath } from './compact-path';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { LineString } from 'geojson';
import type { Frame } from './frame';

export interface InsetModel extends InsetCircle {
  /** The globe's outline. */
  sphere: string;
  /** Land on the visible hemisphere. */
  land: string;
  /** The main map's frame, as it sits on the globe. */
  frame: string;
}

/** Where the locator globe sits on the map: its centre and radius. */
export interface InsetCircle {
  cx: number;
  cy: number;
  radius: number;
}

/** The globe's radius, in map units. */
export const INSET_RADIUS = 34;
const INSET_MARGIN = 6;

/** The globe's place: the frame's bottom-right corner, a small margin in. */
export function placeInsetCircle(frame: { width: number; height: number }): InsetCircle {
  const offset = INSET_RADIUS + INSET_MARGIN;
  return { cx: frame.width - offset, cy: frame.height - offset, radius: INSET_RADIUS };
}

/** Whether a symbol at this point of the map, `clearance` across its middle, would sit under the globe. */
export function isUnderInset(frame: { width: number; height: number }, [x, y]: [number, number], clearance: number) {
  const { cx, cy, radius } = placeInsetCircle(frame);
  return Math.hypot(x - cx, y - cy) < radius + clearance;
}

/** The frame's edge, walked clockwise in `steps` per side and turned back into longitude and latitude. */
function frameOutline({ width, height, projection }: Frame, steps = 12): LineString {
  const corners: [number, number][] = [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
    [0, 0],
  ];
  const points = corners.slice(1).flatMap((end, side) => {
    const start = corners[side]!;
    return Array.from({ length: steps }, (_, i) => [
      start[0] + ((end[0] - start[0]) * i) / steps,
      start[1] + ((end[1] - start[1]) * i) / steps,
    ]);
  });
  const coordinates = [...points, points[0]!].map((p) => projection.invert!(p as [number, number])!);
  return { type: 'LineString', coordinates };
}

/** A small orthographic globe centred on the map, with the map's frame marked on it. */
export function buildInset(frame: Frame, land: GeoPermissibleObjects, { cx, cy, radius }: InsetCircle): InsetModel {
  const centre = frame.projection.invert!([frame.width / 2, frame.height / 2])!;
  const globe = geoOrthographic().rotate([-centre[0], -centre[1]]).scale(radius).translate([cx, cy]);
  const path = compactPath(globe, { digits: 1, minDistance: 1.5 });
  return {
    cx,
    cy,
    radius,
    sphere: path({ type: 'Sphere' }),
    land: path(land),
    frame: path(frameOutline(frame)),
  };
}

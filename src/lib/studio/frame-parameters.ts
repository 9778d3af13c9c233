import { geoConicEqualArea, type GeoConicProjection } from 'd3-geo';
import type { Frame } from '../geo/frame';

/**
 * A fitted frame as plain numbers, for the studio's browser: what d3 needs to set the very
 * projection `fitFrame` fitted (lib/geo/frame.ts), without the region's shapes to fit it again.
 */
export interface FrameParameters {
  width: number;
  height: number;
  scale: number;
  translate: [number, number];
  rotate: [number, number, number];
  parallels: [number, number];
  clipExtent: [[number, number], [number, number]];
}

/** The numbers that set a frame's projection (a conic, as regionProjection makes it). */
export function frameParameters({ width, height, projection }: Frame): FrameParameters {
  const conic = projection as GeoConicProjection;
  if (typeof conic.parallels !== 'function') {
    throw new Error('frameParameters: the frame is not conic; the studio rebuilds only regionProjection’s conic');
  }
  return {
    width,
    height,
    scale: conic.scale(),
    translate: conic.translate(),
    rotate: conic.rotate(),
    parallels: conic.parallels(),
    clipExtent: conic.clipExtent() ?? [
      [0, 0],
      [width, height],
    ],
  };
}

/**
 * The frame again, from its numbers: the same d3 projection regionProjection builds, set
 * rather than fitted, so that a click in the studio turns into the longitude and latitude the
 * site's map puts under it (a unit test holds the two together).
 */
export function frameFromParameters(parameters: FrameParameters): Frame {
  const { width, height, scale, translate, rotate, parallels, clipExtent } = parameters;
  const projection = geoConicEqualArea()
    .parallels(parallels)
    .rotate(rotate)
    .scale(scale)
    .translate(translate)
    .clipExtent(clipExtent);
  return { width, height, projection };
}

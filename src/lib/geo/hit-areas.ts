import { Delaunay } from 'd3-delaunay';
import { geoIdentity } from 'd3-geo';
import { calloutBox } from './callouts';
import { compactPath } from './compact-path';
import { awayFromBox, clipByHalfPlane, discHalfPlanes, type Point } from './convex-clip';
import type { Box } from './labels';
import type { CalloutModel, MarkerModel, PlacedCallout, PlacedMarker } from './map-types';
import { CALLOUT, HIT } from './symbol-metrics';

type Size = { width: number; height: number };

const corners = ({ x, y, width, height }: Box): Point[] => [
  [x, y],
  [x + width, y],
  [x + width, y + height],
  [x, y + height],
];

/** Closed rings, as compact path data (relative to `origin`), for the SVG to draw or clip with. */
export function polygonsPath(polygons: Point[][], [x, y]: Point = [0, 0]): string {
  const rings = polygons.filter((polygon) => polygon.length >= 3).map((polygon) => [[...polygon, polygon[0]!]]);
  return compactPath(geoIdentity().translate([-x, -y]), { minDistance: 0.3 })({
    type: 'MultiPolygon',
    coordinates: rings,
  });
}

const overlapsDisc = (box: Box, [x, y]: Point, radius: number) =>
  Math.hypot(Math.max(box.x - x, 0, x - box.x - box.width), Math.max(box.y - y, 0, y - box.y - box.height)) < radius;

/**
 * Each marker's hit area: the points nearer its symbol than any other (its Voronoi cell, which
 * d3-delaunay computes), no further than HIT.radius, and clear of the callouts' hit boxes. The
 * areas never overlap, so close neighbours share the room between them half-way.
 */
export function markerHitPolygons(points: Point[], frame: Size, callouts: Box[]): Point[][] {
  if (points.length === 0) return [];
  const voronoi = Delaunay.from(points).voronoi([0, 0, frame.width, frame.height]);
  return points.map((point, i) => {
    const cell = voronoi.cellPolygon(i);
    const planes = [
      ...discHalfPlanes(point, HIT.radius),
      ...callouts.filter((box) => overlapsDisc(box, point, HIT.radius)).flatMap((box) => awayFromBox(point, box) ?? []),
    ];
    return planes.reduce(clipByHalfPlane, (cell ?? []).slice(0, -1) as Point[]);
  });
}

/**
 * Each callout's hit box: its drawn box, grown to HIT.callout each way where it is smaller and
 * out to the frame's edge behind its arrow, kept inside the frame, and sharing the stretch
 * between it and a neighbour on its edge half-way.
 */
export function calloutHitBoxes(callouts: PlacedCallout[], frame: Size): Box[] {
  const drawn = callouts.map(calloutBox);
  return callouts.map((callout, i) => {
    const box = drawn[i]!;
    const horizontal = callout.edge === 'top' || callout.edge === 'bottom';
    // A square of HIT.callout round the arrow's middle, where a finger aims, joined to the box.
    const [ax, ay] = arrowMiddle(callout);
    const reach = HIT.callout / 2;
    let [left, right] = grow(box.x, box.width, 0, frame.width);
    let [top, bottom] = grow(box.y, box.height, 0, frame.height);
    [left, right] = [Math.max(0, Math.min(left, ax - reach)), Math.min(frame.width, Math.max(right, ax + reach))];
    [top, bottom] = [Math.max(0, Math.min(top, ay - reach)), Math.min(frame.height, Math.max(bottom, ay + reach))];
    // Out to the frame's edge behind the arrow: nothing else is there.
    if (callout.edge === 'left') left = 0;
    if (callout.edge === 'right') right = frame.width;
    if (callout.edge === 'top') top = 0;
    if (callout.edge === 'bottom') bottom = frame.height;
    callouts.forEach((other, j) => {
      if (j === i || other.edge !== callout.edge) return;
      const them = drawn[j]!;
      if (horizontal && them.x + them.width <= box.x) left = Math.max(left, (them.x + them.width + box.x) / 2);
      if (horizontal && them.x >= box.x + box.width) right = Math.min(right, (box.x + box.width + them.x) / 2);
      if (!horizontal && them.y + them.height <= box.y) top = Math.max(top, (them.y + them.height + box.y) / 2);
      if (!horizontal && them.y >= box.y + box.height) bottom = Math.min(bottom, (box.y + box.height + them.y) / 2);
    });
    return { x: left, y: top, width: right - left, height: bottom - top };
  });
}

/** The middle of a callout's arrow, which is drawn back from its tip (MapCallout). */
function arrowMiddle({ x, y, angle }: PlacedCallout): Point {
  const radians = (angle * Math.PI) / 180;
  return [x - CALLOUT.arrowMiddle * Math.cos(radians), y - CALLOUT.arrowMiddle * Math.sin(radians)];
}

/** A span grown about its middle to at least HIT.callout, within [min, max]. */
function grow(start: number, size: number, min: number, max: number): [number, number] {
  const extra = Math.max(0, HIT.callout - size) / 2;
  return [Math.max(min, start - extra), Math.min(max, start + size + extra)];
}

/**
 * Where a border may take a pointer: the frame less every marker's and callout's hit area, as an
 * even-odd clip path. Markers and callouts win over borders wherever they are, whatever the
 * order the links are drawn in.
 */
export function borderHitClip(frame: Size, markers: Point[][], callouts: Box[]): string {
  const whole = corners({ x: 0, y: 0, ...frame });
  return polygonsPath([whole, ...markers, ...callouts.map(corners)]);
}

/** Every marker and callout with the area that takes a pointer, and the clip that keeps borders off them. */
export function withHitAreas(links: { markers: PlacedMarker[]; callouts: PlacedCallout[] }, frame: Size) {
  const calloutHits = calloutHitBoxes(links.callouts, frame);
  const markerHits = markerHitPolygons(
    links.markers.map((marker) => [marker.x, marker.y]),
    frame,
    calloutHits,
  );
  return {
    markers: links.markers.map((marker, i): MarkerModel => ({
      ...marker,
      hit: polygonsPath([markerHits[i]!], [marker.x, marker.y]),
    })),
    callouts: links.callouts.map((callout, i): CalloutModel => ({ ...callout, hit: calloutHits[i]! })),
    borderHitClip: borderHitClip(frame, markerHits, calloutHits),
  };
}

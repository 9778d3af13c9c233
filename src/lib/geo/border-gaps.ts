import { geoIdentity, geoPath, type GeoContext, type GeoStreamWrapper } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { compactPath } from './compact-path';
import type { Box } from './labels';

type Point = [number, number];

/** A round symbol the line must stop short of: its centre and how far it reaches. */
export interface Disc {
  x: number;
  y: number;
  radius: number;
}

/** A line as the projection draws it: clipped to the frame and resampled, in map units. */
export function projectLine(projection: GeoStreamWrapper, line: MultiLineString): Point[][] {
  const parts: Point[][] = [];
  const context: GeoContext = {
    moveTo: (x, y) => void parts.push([[x, y]]),
    lineTo: (x, y) => void parts.at(-1)!.push([x, y]),
    closePath: () => undefined,
    beginPath: () => undefined,
    arc: () => undefined,
  };
  geoPath(projection, context)(line);
  return parts;
}

/** The stretch (from–to, 0 to 1) of the segment a–b inside a disc, if any. */
function insideDisc([ax, ay]: Point, [bx, by]: Point, { x, y, radius }: Disc): [number, number] | undefined {
  const [dx, dy, fx, fy] = [bx - ax, by - ay, ax - x, ay - y];
  const a = dx * dx + dy * dy;
  const b = 2 * (fx * dx + fy * dy);
  const c = fx * fx + fy * fy - radius * radius;
  const discriminant = b * b - 4 * a * c;
  if (a === 0 || discriminant <= 0) return undefined;
  const root = Math.sqrt(discriminant);
  const from = Math.max(0, (-b - root) / (2 * a));
  const to = Math.min(1, (-b + root) / (2 * a));
  return from < to ? [from, to] : undefined;
}

/** The stretch of the segment a–b inside a box (Liang–Barsky), if any. */
function insideBox([ax, ay]: Point, [bx, by]: Point, box: Box): [number, number] | undefined {
  let [from, to] = [0, 1];
  const checks: [number, number][] = [
    [-(bx - ax), ax - box.x],
    [bx - ax, box.x + box.width - ax],
    [-(by - ay), ay - box.y],
    [by - ay, box.y + box.height - ay],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
  }
  return from < to ? [from, to] : undefined;
}

const along = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/**
 * The parts of a line that lie outside every disc and box: where a symbol or a callout sits on
 * a border, the border's line stops at its edge, so the symbol reads as lying on top whatever
 * order the two are drawn in.
 */
export function cutLine(parts: Point[][], discs: Disc[], boxes: Box[]): Point[][] {
  const kept: Point[][] = [];
  for (const part of parts) {
    let current: Point[] | undefined;
    part.slice(1).forEach((b, i) => {
      const a = part[i]!;
      const gaps = [...discs.map((disc) => insideDisc(a, b, disc)), ...boxes.map((box) => insideBox(a, b, box))]
        .filter((gap): gap is [number, number] => gap !== undefined)
        .sort((p, q) => p[0] - q[0]);
      let t = 0;
      for (const [from, to] of gaps) {
        if (from > t) {
          current ??= [along(a, b, t)];
          current.push(along(a, b, from));
        }
        if (to > t && current) {
          kept.push(current);
          current = undefined;
        }
        t = Math.max(t, to);
      }
      if (t < 1) {
        current ??= [along(a, b, t)];
        current.push(b);
      }
    });
    if (current) kept.push(current);
  }
  return kept.filter((line) => line.length > 1);
}

/** Lines in map units as compact path data. */
export const linesPath = (lines: Point[][]) =>
  compactPath(geoIdentity())({ type: 'MultiLineString', coordinates: lines });

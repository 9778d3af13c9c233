// Named with its extension: scripts/cut-water.mjs reads this module under Node.
import { distanceToSegment, type Point } from './polyline.ts';

export type { Point };

/**
 * The points of a line that keep its shape within `tolerance` (Douglas–Peucker): both ends, and
 * every point that lies further than that from the line through the points kept around it. A
 * closed ring keeps its first point, which is also its last.
 */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stretches: [number, number][] = [[0, points.length - 1]];
  while (stretches.length > 0) {
    const [first, last] = stretches.pop()!;
    let furthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > distance) [furthest, distance] = [i, d];
    }
    if (furthest < 0) continue;
    keep[furthest] = 1;
    stretches.push([first, furthest], [furthest, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Measures of lines in the map's plane, for simplifying rivers and choosing what a map draws of them. */
export type Point = [number, number];

/** How far a point lies from the segment a–b (from its nearer end where it falls beyond one). */
export function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The length of lines, all together. */
export const lengthOf = (lines: Point[][]) =>
  lines.reduce(
    (sum, line) =>
      sum + line.slice(1).reduce((part, [x, y], i) => part + Math.hypot(x - line[i]![0], y - line[i]![1]), 0),
    0,
  );

/** How far points reach across, the wider way: the larger side of their box. */
export function extentOf(points: Point[]): number {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

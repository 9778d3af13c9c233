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

const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

/**
 * Lines joined where one ends exactly where another starts: a river Natural Earth cut into pieces,
 * or named anew along its course, drawn as one line, without a move at each cut.
 */
export function joinLines(lines: Point[][]): Point[][] {
  const joined: Point[][] = [];
  for (const line of lines) {
    const before = joined.find((other) => same(other.at(-1)!, line[0]!));
    const after = joined.find((other) => other !== before && same(line.at(-1)!, other[0]!));
    if (before && after) {
      before.push(...line.slice(1), ...after.slice(1));
      joined.splice(joined.indexOf(after), 1);
    } else if (before) before.push(...line.slice(1));
    else if (after) after.unshift(...line.slice(0, -1));
    else joined.push([...line]);
  }
  return joined;
}

// Plane geometry for tests that check the map as drawn: its path data read back into points,
// and the questions a test asks of them.

export type Point = [number, number];
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The rings or lines of SVG path data made of M, m, L, l (with implicit repeats) and Z, as the
 * map's compact paths write them, in absolute coordinates shifted by `origin`.
 */
export function readPath(d: string, [ox, oy]: Point = [0, 0]): Point[][] {
  const parts: Point[][] = [];
  let command = '';
  let at: Point = [0, 0];
  let start: Point = [0, 0];
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (/[MmLlZz]/.test(token)) {
      command = token;
      i++;
      if (/[Zz]/.test(command)) at = start;
      continue;
    }
    const [dx, dy] = [Number(token), Number(tokens[i + 1])];
    i += 2;
    const relative = command === 'm' || command === 'l';
    at = relative ? [at[0] + dx, at[1] + dy] : [dx, dy];
    if (command === 'M' || command === 'm') {
      start = at;
      parts.push([[at[0] + ox, at[1] + oy]]);
      command = relative ? 'l' : 'L';
    } else parts.at(-1)!.push([at[0] + ox, at[1] + oy]);
  }
  return parts;
}

/** Whether a point lies inside a ring (even-odd), or on its edge. */
export function inRing(ring: Point[], [x, y]: Point): boolean {
  let inside = false;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
  });
  return inside;
}

/** How far a point lies from a segment. */
export function distanceToSegment([x, y]: Point, [x1, y1]: Point, [x2, y2]: Point): number {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - x1 - t * dx, y - y1 - t * dy);
}

/** How far a point lies from a polyline. */
export const distanceToLine = (point: Point, line: Point[]) =>
  Math.min(...line.slice(1).map((b, i) => distanceToSegment(point, line[i]!, b)));

/** Whether a segment passes through a box, grown by `margin` each way. */
export function segmentCrossesBox([x1, y1]: Point, [x2, y2]: Point, box: Box, margin = 0): boolean {
  const [left, top] = [box.x - margin, box.y - margin];
  const [right, bottom] = [box.x + box.width + margin, box.y + box.height + margin];
  let [from, to] = [0, 1];
  for (const [p, q] of [
    [-(x2 - x1), x1 - left],
    [x2 - x1, right - x1],
    [-(y2 - y1), y1 - top],
    [y2 - y1, bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) from = Math.max(from, q / p);
    else to = Math.min(to, q / p);
  }
  return from <= to;
}

/** Whether a line passes through a box, grown by `margin` each way. */
export const lineCrossesBox = (line: Point[], box: Box, margin = 0) =>
  line.slice(1).some((b, i) => segmentCrossesBox(line[i]!, b, box, margin));

export const boxesOverlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Points round a centre at `distance`, `count` of them evenly spaced. */
export const around = ([x, y]: Point, distance: number, count = 16): Point[] =>
  Array.from({ length: count }, (_, k) => {
    const angle = (2 * Math.PI * k) / count;
    return [x + distance * Math.cos(angle), y + distance * Math.sin(angle)];
  });

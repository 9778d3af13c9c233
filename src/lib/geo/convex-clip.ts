/**
 * Clipping convex polygons in the plane, for hit areas: a Voronoi cell is convex, and so is what
 * is left of it after each cut below.
 */
export type Point = [number, number];

/** The points p with (p − at) · inward ≥ 0: one side of a line. */
export interface HalfPlane {
  at: Point;
  inward: Point;
}

const side = ({ at, inward }: HalfPlane, [x, y]: Point) => (x - at[0]) * inward[0] + (y - at[1]) * inward[1];

/** Where the segment a–b crosses the line, given how far each end is from it. */
function crossing(a: Point, b: Point, sideA: number, sideB: number): Point {
  const t = sideA / (sideA - sideB);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** The part of a polygon (an open ring) on the inward side of a half-plane (one Sutherland–Hodgman step). */
export function clipByHalfPlane(polygon: Point[], plane: HalfPlane): Point[] {
  const kept: Point[] = [];
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length]!;
    const now = side(plane, current);
    const before = side(plane, previous);
    if (now >= 0 !== before >= 0) kept.push(crossing(previous, current, before, now));
    if (now >= 0) kept.push(current);
  });
  return kept;
}

/**
 * The half-planes whose intersection is a regular polygon with `sides` edges touching a circle
 * from outside: everything within `radius` of the centre lies inside it.
 */
export function discHalfPlanes([x, y]: Point, radius: number, sides = 16): HalfPlane[] {
  return Array.from({ length: sides }, (_, k) => {
    const angle = (2 * Math.PI * k) / sides;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    return { at: [x + radius * cos, y + radius * sin], inward: [-cos, -sin] };
  });
}

/** The axis-aligned box's side that a point outside it lies furthest beyond, as a half-plane keeping the point. */
export function awayFromBox(
  [x, y]: Point,
  box: { x: number; y: number; width: number; height: number },
): HalfPlane | undefined {
  const sides: (HalfPlane & { distance: number })[] = [
    { at: [box.x, 0], inward: [-1, 0], distance: box.x - x },
    { at: [box.x + box.width, 0], inward: [1, 0], distance: x - box.x - box.width },
    { at: [0, box.y], inward: [0, -1], distance: box.y - y },
    { at: [0, box.y + box.height], inward: [0, 1], distance: y - box.y - box.height },
  ];
  const furthest = sides.reduce((best, plane) => (plane.distance > best.distance ? plane : best));
  return furthest.distance > 0 ? { at: furthest.at, inward: furthest.inward } : undefined;
}

type Point = [number, number];

/** How many rounds of pushing apart a cluster gets; a dozen close symbols settle in far fewer. */
const ROUNDS = 400;

/**
 * Moves points apart until no two are closer than `spacing`, each pair pushed away from each
 * other along the line that joins them, half the shortfall each, and all kept within `bounds`
 * ([width, height], `margin` in from the edge). Points that are already far enough apart do not
 * move. Points at the very same spot part in a fixed direction, so the result never depends on
 * chance.
 */
export function spreadApart(points: Point[], spacing: number, bounds: Point, margin = 4): Point[] {
  const moved = points.map(([x, y]): Point => [x, y]);
  const clamp = (value: number, size: number) => Math.min(size - margin, Math.max(margin, value));
  for (let round = 0; round < ROUNDS; round++) {
    let shortest = Infinity;
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        const a = moved[i]!;
        const b = moved[j]!;
        const distance = Math.hypot(b[0] - a[0], b[1] - a[1]);
        shortest = Math.min(shortest, distance);
        if (distance >= spacing) continue;
        // The golden angle turns each coincident pair a different way.
        const angle = j * 2.39996;
        const [ux, uy] =
          distance > 1e-9 ? [(b[0] - a[0]) / distance, (b[1] - a[1]) / distance] : [Math.cos(angle), Math.sin(angle)];
        const push = (spacing - distance) / 2;
        a[0] = clamp(a[0] - ux * push, bounds[0]);
        a[1] = clamp(a[1] - uy * push, bounds[1]);
        b[0] = clamp(b[0] + ux * push, bounds[0]);
        b[1] = clamp(b[1] + uy * push, bounds[1]);
      }
    }
    if (shortest >= spacing - 1e-6) break;
  }
  return moved;
}

import { describe, expect, test } from 'vitest';
import { awayFromBox, clipByHalfPlane, discHalfPlanes, type Point } from '../../../src/lib/geo/convex-clip';
import { calloutHitBoxes, markerHitPolygons } from '../../../src/lib/geo/hit-areas';
import { HIT } from '../../../src/lib/geo/symbol-metrics';
import { calloutBox } from '../../../src/lib/geo/callouts';
import type { Box } from '../../../src/lib/geo/labels';
import { site } from './first-analysis';

const frame = { width: 400, height: 300 };

/** Whether a point lies inside a convex polygon, whichever way it winds. */
function inside(polygon: Point[], [x, y]: Point): boolean {
  const sides = polygon.map((a, i) => {
    const b = polygon[(i + 1) % polygon.length]!;
    return Math.sign((b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]));
  });
  return sides.every((side) => side >= 0) || sides.every((side) => side <= 0);
}

describe('clipping convex polygons', () => {
  const square: Point[] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ];

  test('a half-plane through the middle keeps half a square', () => {
    const half = clipByHalfPlane(square, { at: [5, 0], inward: [-1, 0] });
    expect(half.map(([x]) => x).sort()).toEqual([0, 0, 5, 5]);
  });

  test('the polygon round a disc holds the whole disc and little more', () => {
    const disc = discHalfPlanes([0, 0], 10).reduce(clipByHalfPlane, [
      [-50, -50],
      [50, -50],
      [50, 50],
      [-50, 50],
    ] as Point[]);
    for (let k = 0; k < 32; k++) {
      const angle = (k * Math.PI) / 16;
      expect(inside(disc, [9.99 * Math.cos(angle), 9.99 * Math.sin(angle)])).toBe(true);
      expect(inside(disc, [10.3 * Math.cos(angle), 10.3 * Math.sin(angle)])).toBe(false);
    }
  });

  test('a point beside a box is kept on its own side of it', () => {
    expect(awayFromBox([0, 5], { x: 10, y: 0, width: 20, height: 10 })).toEqual({ at: [10, 0], inward: [-1, 0] });
    expect(awayFromBox([15, 5], { x: 10, y: 0, width: 20, height: 10 })).toBeUndefined();
  });
});

describe('markerHitPolygons', () => {
  test('a lone marker takes a disc of HIT.radius', () => {
    const [area] = markerHitPolygons([[200, 150]], frame, []);
    for (let k = 0; k < 16; k++) {
      const angle = (k * Math.PI) / 8;
      expect(
        inside(area!, [200 + (HIT.radius - 0.1) * Math.cos(angle), 150 + (HIT.radius - 0.1) * Math.sin(angle)]),
      ).toBe(true);
    }
  });

  test('two close markers split the room between them half-way, and each keeps the space round its centre', () => {
    const [a, b] = markerHitPolygons(
      [
        [200, 150],
        [227, 150],
      ],
      frame,
      [],
    );
    expect(inside(a!, [213, 150])).toBe(true);
    expect(inside(b!, [214, 150])).toBe(true);
    expect(inside(a!, [214, 150])).toBe(false);
    expect(inside(a!, [200, 150 - HIT.radius + 0.1])).toBe(true);
  });

  test('a marker’s area keeps off a callout’s hit box', () => {
    const box = { x: 210, y: 100, width: 80, height: 40 };
    const [area] = markerHitPolygons([[200, 150]], frame, [box]);
    for (const point of area!) expect(point[1] >= box.y + box.height - 1e-9 || point[0] <= box.x + 1e-9).toBe(true);
  });
});

describe('calloutHitBoxes', () => {
  test('a callout takes at least HIT.callout each way, inside the frame, and neighbours never share a point', () => {
    const hits = calloutHitBoxes(site.model.callouts, site.frame);
    for (const hit of hits) {
      expect(hit.x).toBeGreaterThanOrEqual(0);
      expect(hit.y).toBeGreaterThanOrEqual(0);
      expect(hit.width).toBeGreaterThanOrEqual(HIT.callout);
    }
    const [a, b] = hits;
    expect(a!.x + a!.width <= b!.x || b!.x + b!.width <= a!.x).toBe(true);
  });
});

describe('calloutHitBoxes on each edge', () => {
  const template = site.model.callouts[0]!;
  const callout = (edge: 'top' | 'right', x: number, y: number, angle: number, label = 'Moscow') => ({
    ...template,
    edge,
    x,
    y,
    angle,
    label,
  });

  test('a callout on the right edge takes the pointer out to the frame’s edge behind its arrow', () => {
    const [hit] = calloutHitBoxes([callout('right', frame.width, 150, 0)], frame);
    expect(hit!.x + hit!.width).toBe(frame.width);
  });

  test('two callouts side by side on an edge share the stretch between them half-way', () => {
    // Short names: each box, grown to HIT.callout, would reach into the other's.
    const first = callout('top', 100, 0, -90, 'Ai');
    const box = calloutBox(first);
    expect(box.width).toBeLessThan(HIT.callout);
    // The second's box starts 4 px after the first's ends.
    const second = callout('top', 100 + box.width + 4, 0, -90, 'Ai');
    const [a, b] = calloutHitBoxes([first, second], frame) as [Box, Box];
    const middle = box.x + box.width + 2;
    expect(a.x + a.width).toBeCloseTo(middle, 6);
    expect(b.x).toBeCloseTo(middle, 6);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BoxGrid } from '../../../src/lib/geo/box-grid';
import { boxesOverlap, type Box } from '../../../src/lib/geo/labels';

const FRAME = { width: 300, height: 200 };

const box = (x: fc.Arbitrary<number>, y: fc.Arbitrary<number>): fc.Arbitrary<Box> =>
  fc.record({
    x,
    y,
    width: fc.double({ min: 0, max: 80, noNaN: true }),
    height: fc.double({ min: 0, max: 40, noNaN: true }),
  });

/** A box anywhere, in the frame or partly or wholly out of it. */
const anywhere = box(fc.double({ min: -100, max: 400, noNaN: true }), fc.double({ min: -100, max: 300, noNaN: true }));

/** A box as placement tests one: inside the frame. */
const inside = box(fc.double({ min: 0, max: 220, noNaN: true }), fc.double({ min: 0, max: 160, noNaN: true })).filter(
  (b) => b.x + b.width <= FRAME.width && b.y + b.height <= FRAME.height,
);

describe('a grid of the boxes taken on a map', () => {
  test('finds a box inside the frame overlapping exactly when testing every box would', () => {
    fc.assert(
      fc.property(fc.array(anywhere, { maxLength: 40 }), inside, (taken, candidate) => {
        const grid = new BoxGrid(FRAME);
        for (const other of taken) grid.add(other);
        expect(grid.overlapsAny(candidate)).toBe(taken.some((other) => boxesOverlap(candidate, other)));
      }),
      { numRuns: 2000 },
    );
  });

  test('tells boxes that only touch from boxes that overlap, across a cell’s edge', () => {
    const grid = new BoxGrid(FRAME);
    grid.add({ x: 0, y: 0, width: 24, height: 24 });
    expect(grid.overlapsAny({ x: 24, y: 0, width: 10, height: 10 })).toBe(false);
    expect(grid.overlapsAny({ x: 23.9, y: 23.9, width: 10, height: 10 })).toBe(true);
  });
});

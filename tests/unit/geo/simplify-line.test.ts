import { describe, expect, test } from 'vitest';
import { simplifyLine, type Point } from '../../../src/lib/geo/simplify-line';

describe('simplifyLine', () => {
  test('a line of two points is kept as it is', () => {
    const line: Point[] = [
      [0, 0],
      [10, 0],
    ];
    expect(simplifyLine(line, 5)).toEqual(line);
  });

  test('points within the tolerance of the line through their neighbours are dropped, the ends kept', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [3, 0.4],
          [6, -0.4],
          [10, 0],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [10, 0],
    ]);
  });

  test('a point further out than the tolerance is kept, and the points round it judged against it', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [2.5, 2.1],
          [5, 4],
          [7.5, 2.1],
          [10, 0],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [5, 4],
      [10, 0],
    ]);
  });

  test('a closed ring keeps its first point, its last (the same) and the corners that shape it', () => {
    const square: Point[] = [
      [0, 0],
      [5, 0.1],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplifyLine(square, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
  });
});

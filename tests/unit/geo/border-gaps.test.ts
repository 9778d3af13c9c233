import { geoIdentity } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { cutLine, linesPath, projectLine } from '../../../src/lib/geo/border-gaps';

describe('cutLine', () => {
  const line: [number, number][][] = [
    [
      [0, 0],
      [100, 0],
    ],
  ];

  test('a line stops short of a symbol on it and goes on beyond', () => {
    expect(cutLine(line, [{ x: 50, y: 0, radius: 10 }], [])).toEqual([
      [
        [0, 0],
        [40, 0],
      ],
      [
        [60, 0],
        [100, 0],
      ],
    ]);
  });

  test('a line stops at the edge of a box and at overlapping symbols once', () => {
    const parts = cutLine(
      line,
      [
        { x: 20, y: 0, radius: 5 },
        { x: 24, y: 0, radius: 5 },
      ],
      [{ x: 70, y: -5, width: 40, height: 10 }],
    );
    const rounded = parts.map((part) => part.map(([x, y]) => [Math.round(x * 10) / 10, y]));
    expect(rounded).toEqual([
      [
        [0, 0],
        [15, 0],
      ],
      [
        [29, 0],
        [70, 0],
      ],
    ]);
  });

  test('a line clear of every symbol is kept whole, point for point', () => {
    const bent: [number, number][][] = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
    ];
    expect(cutLine(bent, [{ x: 50, y: 50, radius: 5 }], [])).toEqual(bent);
  });
});

describe('projectLine and linesPath', () => {
  test('a line comes back as the points the projection draws, and goes out as compact path data', () => {
    const parts = projectLine(geoIdentity(), {
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [10, 5],
        ],
      ],
    });
    expect(parts).toEqual([
      [
        [0, 0],
        [10, 5],
      ],
    ]);
    expect(linesPath(parts)).toBe('M0,0l10,5');
  });
});

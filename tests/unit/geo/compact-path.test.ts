import { geoIdentity } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { compactPath } from '../../../src/lib/geo/compact-path';

const identity = geoIdentity();
const line = (coordinates: [number, number][]) => ({ type: 'LineString' as const, coordinates });

describe('compactPath', () => {
  test('writes a line as one move and relative steps, rounded to a tenth', () => {
    expect(
      compactPath(identity)(
        line([
          [0, 0],
          [10.04, 0],
          [10.04, -5.26],
        ]),
      ),
    ).toBe('M0,0l10,0 0-5.3');
  });

  test('drops points closer than the minimum distance but keeps the line’s last point', () => {
    expect(
      compactPath(identity, { minDistance: 1 })(
        line([
          [0, 0],
          [0.3, 0],
          [0.6, 0],
          [5, 0],
          [5.4, 0],
        ]),
      ),
    ).toBe('M0,0l5,0 .4,0');
  });

  test('closes rings and starts each polygon afresh', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
      ],
    };
    expect(compactPath(identity)(square)).toBe('M0,0l4,0 0,4-4,0Z');
  });

  test('the steps add up to the original points after rounding', () => {
    const points: [number, number][] = [
      [1.23, 4.56],
      [7.89, 0.12],
      [-3.45, 6.78],
      [2.5, -9.99],
    ];
    const d = compactPath(identity, { minDistance: 0 })(line(points));
    const numbers = (d.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    let [x, y] = [numbers[0]!, numbers[1]!];
    const visited = [[x, y]];
    for (let i = 2; i < numbers.length; i += 2)
      visited.push([(x = Math.round((x + numbers[i]!) * 10) / 10), (y = Math.round((y + numbers[i + 1]!) * 10) / 10)]);
    expect(visited).toEqual(points.map(([px, py]) => [Math.round(px * 10) / 10, Math.round(py * 10) / 10]));
  });
});

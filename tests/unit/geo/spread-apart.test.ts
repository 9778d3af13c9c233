import { describe, expect, test } from 'vitest';
import { spreadApart } from '../../../src/lib/geo/spread-apart';
import { spreadMarkers } from '../../../src/lib/geo/spread-markers';
import { HIT } from '../../../src/lib/geo/symbol-metrics';
import { site } from './first-analysis';

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('spreadApart', () => {
  test('points already far enough apart do not move', () => {
    const points: [number, number][] = [
      [10, 10],
      [50, 10],
    ];
    expect(spreadApart(points, 20, [100, 100])).toEqual(points);
  });

  test('two close points move apart along the line that joins them, half each', () => {
    const [a, b] = spreadApart(
      [
        [40, 50],
        [50, 50],
      ],
      20,
      [100, 100],
    );
    expect(a).toEqual([35, 50]);
    expect(b).toEqual([55, 50]);
  });

  test('a cluster of points at one spot opens out until none is closer than the spacing, the same way every time', () => {
    const cluster: [number, number][] = [
      [50, 50],
      [50, 50],
      [50, 50],
      [51, 50],
    ];
    const spread = spreadApart(cluster, 20, [100, 100]);
    for (const [i, a] of spread.entries()) {
      for (const b of spread.slice(i + 1)) expect(distance(a, b)).toBeGreaterThanOrEqual(20 - 1e-6);
    }
    expect(spreadApart(cluster, 20, [100, 100])).toEqual(spread);
  });

  test('points stay inside the frame', () => {
    const spread = spreadApart(
      [
        [1, 1],
        [2, 1],
      ],
      20,
      [100, 100],
    );
    for (const [x, y] of spread) {
      expect(x).toBeGreaterThanOrEqual(4);
      expect(y).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('spreadMarkers', () => {
  const { markers } = site.model;

  test('no two markers of the first analysis sit closer than a finger needs', () => {
    for (const [i, a] of markers.entries()) {
      for (const b of markers.slice(i + 1)) {
        expect(distance([a.x, a.y], [b.x, b.y]), `${a.key}–${b.key}`).toBeGreaterThanOrEqual(HIT.spacing);
      }
    }
  });

  test('a symbol moved off its place further than it covers keeps a line back to it', () => {
    const moved = spreadMarkers(
      [
        { ...markers[0]!, x: 100, y: 100 },
        { ...markers[1]!, x: 101, y: 100 },
      ],
      site.frame,
    );
    for (const marker of moved) expect(marker.leader).toBeDefined();
    expect(moved[0]!.leader).toEqual({ x: 100, y: 100 });
  });
});

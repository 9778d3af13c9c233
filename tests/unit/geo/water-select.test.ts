import { describe, expect, test } from 'vitest';
import { drawWater, selectWater } from '../../../src/lib/geo/water-select';
import type { DrawnWater } from '../../../src/lib/geo/water-shapes';

// A frame 400 units wide: a river must run 80 units to be drawn, a lake be 11.4 across to stand alone.
const frame = { width: 400 };
const river = (name: string, from: [number, number], to: [number, number]): DrawnWater => ({
  kind: 'river',
  name,
  rank: 5,
  lines: [[from, to]],
});
const square = (kind: 'lake' | 'playa', name: string, [x, y]: [number, number], size: number): DrawnWater => ({
  kind,
  name,
  rank: 5,
  lines: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});
const names = (water: DrawnWater[]) => water.map((w) => w.name);

describe('selectWater', () => {
  test('a river is drawn where it runs a fifth of the frame or more, a shorter one left out', () => {
    const long = river('Long', [0, 100], [90, 100]);
    const short = river('Short', [0, 200], [60, 200]);
    expect(names(selectWater([long, short], frame))).toEqual(['Long']);
  });

  test('a large lake is drawn on its own, a small one only where a drawn river reaches it', () => {
    const long = river('Long', [0, 100], [90, 100]);
    const large = square('lake', 'Large', [200, 200], 20);
    const fed = square('lake', 'Fed', [92, 95], 6);
    const alone = square('lake', 'Alone', [300, 50], 6);
    expect(names(selectWater([long, large, fed, alone], frame))).toEqual(['Long', 'Large', 'Fed']);
  });

  test('a playa is drawn only beside a drawn river, however large: alone it is desert', () => {
    const long = river('Long', [0, 100], [90, 100]);
    const hamun = square('playa', 'Hamun', [94, 98], 4);
    const desert = square('playa', 'Desert', [200, 200], 60);
    expect(names(selectWater([long, hamun, desert], frame))).toEqual(['Long', 'Hamun']);
    // A river too short to draw brings no playa with it.
    expect(names(selectWater([river('Short', [40, 100], [90, 100]), hamun], frame))).toEqual([]);
  });

  test('the water keeps the order it came in, most important first', () => {
    const first = river('First', [0, 10], [100, 10]);
    const lake = square('lake', 'Lake', [200, 200], 20);
    const second = river('Second', [0, 50], [100, 50]);
    expect(names(selectWater([first, lake, second], frame))).toEqual(['First', 'Lake', 'Second']);
  });
});

describe('drawWater', () => {
  test('draws each kind as one path, in whole map units, and nothing for a kind the map lacks', () => {
    const water = [river('A', [0.4, 10.2], [100.6, 10.2]), river('B', [0, 50], [100, 50])];
    expect(drawWater(water)).toEqual({ rivers: 'M0,10l101,0M0,50l100,0', lakes: '', playas: '' });
    expect(drawWater([square('playa', 'P', [1, 1], 4)]).playas).toBe('M1,1l4,0 0,4-4,0 0-4');
  });
});

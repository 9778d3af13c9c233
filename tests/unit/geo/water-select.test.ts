import { describe, expect, test } from 'vitest';
import { drawWater, selectWater } from '../../../src/lib/geo/water-select';
import type { DrawnWater } from '../../../src/lib/geo/water-shapes';

// A frame 400 units wide: a river must run 80 units to be drawn (a tributary 160), a lake be 20
// across to stand alone.
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

  test('a tributary, ending on another river, is drawn only where it runs two fifths of the frame', () => {
    const main = river('Main', [0, 100], [200, 100]);
    const side = river('Side', [100, 0], [100, 99]);
    const longSide = river('Long side', [300, 300], [300, 101]);
    expect(names(selectWater([main, side, longSide, river('Main', [300, 100], [400, 100])], frame))).toEqual([
      'Main',
      'Long side',
      'Main',
    ]);
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

  test('a lake or playa beside one a river reaches is drawn too, as the Hamun lakes join in a wet year', () => {
    const long = river('Long', [0, 100], [90, 100]);
    const first = square('playa', 'First', [94, 98], 4);
    const second = square('playa', 'Second', [101, 98], 4);
    const far = square('playa', 'Far', [150, 98], 4);
    expect(names(selectWater([long, first, second, far], frame))).toEqual(['Long', 'First', 'Second']);
  });

  test('the water keeps the order it came in, most important first', () => {
    const first = river('First', [0, 10], [100, 10]);
    const lake = square('lake', 'Lake', [200, 200], 20);
    const second = river('Second', [0, 50], [100, 50]);
    expect(names(selectWater([first, lake, second], frame))).toEqual(['First', 'Lake', 'Second']);
  });
});

describe('drawWater', () => {
  test('draws the rivers as one path and the lakes and playas as another, in whole map units', () => {
    const water = [river('A', [0.4, 10.2], [100.6, 10.2]), river('B', [0, 50], [100, 50])];
    expect(drawWater(water)).toEqual({ rivers: 'M0,10l101,0M0,50l100,0', lakes: '' });
    expect(drawWater([square('playa', 'P', [1, 1], 4), square('lake', 'L', [10, 1], 4)]).lakes).toBe(
      'M1,1l4,0 0,4-4,0 0-4M10,1l4,0 0,4-4,0 0-4',
    );
  });

  test('draws a river cut into pieces, or named anew along its course, as one line', () => {
    const upper = river('Panj', [0, 0], [50, 0]);
    const lower = river('Amu Darya', [50, 0], [100, 10]);
    expect(drawWater([lower, upper]).rivers).toBe('M0,0l50,0 50,10');
  });
});

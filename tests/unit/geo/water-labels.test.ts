import { describe, expect, test } from 'vitest';
import type { Box } from '../../../src/lib/geo/labels';
import { isWaterLabel, placeWaterLabels, waterLabelRequests } from '../../../src/lib/geo/water-labels';
import { NATURAL_EARTH_NAMES, nameWater, type WaterNames } from '../../../src/lib/geo/water-names';
import type { DrawnWater } from '../../../src/lib/geo/water-shapes';
import { lineCrossesBox, type Point } from '../../support/plane';

const frame = { width: 200, height: 100 };
const everywhere = () => true;
const RIVER: DrawnWater = {
  kind: 'river',
  name: 'Helmand',
  rank: 6,
  lines: [
    [
      [20, 50],
      [180, 50],
    ],
  ],
};
const LAKE: DrawnWater = {
  kind: 'lake',
  name: 'Great Lake',
  rank: 2,
  lines: [
    [
      [40, 20],
      [160, 20],
      [160, 80],
      [40, 80],
      [40, 20],
    ],
  ],
};
const DARI: WaterNames = { own: new Map([['Helmand', 'دریای هلمند']]), naturalEarth: false };

const place = (water: DrawnWater[], obstacles: Box[] = [], isLand: (point: Point) => boolean = everywhere) =>
  placeWaterLabels(waterLabelRequests(water, NATURAL_EARTH_NAMES, isLand), obstacles, [], water, frame);

const gapBetween = (box: Box, y: number) => Math.max(box.y - y, y - box.y - box.height);

describe('nameWater', () => {
  test('an edition names a river by its own word, the original by Natural Earth’s where it has none', () => {
    expect(nameWater('Helmand', DARI)).toBe('دریای هلمند');
    expect(nameWater('Harirud', DARI)).toBeUndefined();
    expect(nameWater('Harirud', NATURAL_EARTH_NAMES)).toBe('Harirud');
    expect(nameWater(undefined, NATURAL_EARTH_NAMES)).toBeUndefined();
  });
});

describe('waterLabelRequests', () => {
  test('each name is asked for once, on the most important water that bears it', () => {
    const second = { ...RIVER, rank: 8, lines: [[[20, 90] as Point, [180, 90] as Point]] };
    const requests = waterLabelRequests([RIVER, second], NATURAL_EARTH_NAMES, everywhere);
    expect(requests.map((request) => request.id)).toEqual(['water-river-Helmand']);
    expect(requests.every((request) => isWaterLabel(request.id))).toBe(true);
  });

  test('a translated edition asks only for the names it has words for', () => {
    const requests = waterLabelRequests([RIVER, { ...RIVER, name: 'Harirud' }], DARI, everywhere);
    expect(requests.map((request) => request.text)).toEqual(['دریای هلمند']);
  });
});

describe('placeWaterLabels', () => {
  test('a river’s name sits beside the middle of its line, close to it and never across it', () => {
    const [label] = place([RIVER]);
    expect(label).toMatchObject({ text: 'Helmand', role: 'water', anchor: 'middle', x: 100 });
    expect(lineCrossesBox(RIVER.lines[0]!, label!.box)).toBe(false);
    expect(gapBetween(label!.box, 50)).toBeGreaterThan(1);
    expect(gapBetween(label!.box, 50)).toBeLessThan(3);
  });

  test('where the middle is taken, the name moves along the river', () => {
    const taken = { x: 80, y: 20, width: 40, height: 60 };
    const [label] = place([RIVER], [taken]);
    expect(label!.x < 80 || label!.x > 120).toBe(true);
    expect(gapBetween(label!.box, 50)).toBeLessThan(10);
  });

  test('a lake’s name goes on the lake where it holds it', () => {
    const [label] = place([LAKE]);
    expect(label).toMatchObject({ text: 'Great Lake', x: 100, anchor: 'middle' });
  });

  test('no name is set off the region’s land, nor across another river', () => {
    expect(place([RIVER], [], ([, y]) => y > 60)).toHaveLength(0);
    const crossing: DrawnWater = {
      kind: 'river',
      rank: 9,
      lines: [
        [
          [0, 35],
          [200, 35],
        ],
        [
          [0, 65],
          [200, 65],
        ],
      ],
    };
    for (const label of place([RIVER, crossing]))
      for (const line of [...RIVER.lines, ...crossing.lines]) expect(lineCrossesBox(line, label.box)).toBe(false);
  });
});

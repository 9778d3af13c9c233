import { describe, expect, test } from 'vitest';
import type { Point } from '../../../src/lib/geo/polyline';
import { riverCourses } from '../../../src/lib/geo/river-courses';
import type { DrawnWater } from '../../../src/lib/geo/water-shapes';

const river = (name: string, rank: number, ...points: Point[]): DrawnWater => ({
  kind: 'river',
  name,
  rank,
  lines: [points],
});
const courses = (rivers: DrawnWater[]) =>
  riverCourses(rivers).map((course) => ({
    names: course.rivers.map((r) => r.name),
    length: Math.round(course.length),
    tributary: course.tributary,
  }));

describe('riverCourses', () => {
  test('stretches of one river named apart along its course are measured together', () => {
    const pamir = river('Pamir', 5, [0, 0], [10, 0]);
    const panj = river('Panj', 5, [10, 0], [40, 0]);
    const amu = river('Amu Darya', 5, [40, 0], [100, 0]);
    expect(courses([amu, pamir, panj])).toEqual([
      { names: ['Amu Darya', 'Pamir', 'Panj'], length: 100, tributary: false },
    ]);
  });

  test('a river that ends on another’s line is a tributary, the other not', () => {
    const main = river('Indus', 3, [0, 0], [100, 0]);
    const side = river('Chenab', 6, [50, 40], [50, 1]);
    expect(courses([main, side])).toEqual([
      { names: ['Indus'], length: 100, tributary: false },
      { names: ['Chenab'], length: 39, tributary: true },
    ]);
  });

  test('a river that ends where one of another rank begins is a tributary of it, not its upper course', () => {
    const karkheh = river('Karkheh', 8, [0, 50], [0, 0]);
    const shatt = river('Shatt al Arab', 3, [0, 0], [20, 0]);
    expect(courses([karkheh, shatt])).toEqual([
      { names: ['Karkheh'], length: 50, tributary: true },
      { names: ['Shatt al Arab'], length: 20, tributary: false },
    ]);
  });

  test('a river whose pieces meet is one course, its own pieces no tributary of it', () => {
    const pieces: DrawnWater = {
      kind: 'river',
      name: 'Helmand',
      rank: 6,
      lines: [
        [
          [0, 0],
          [10, 0],
        ],
        [
          [10, 0],
          [30, 0],
        ],
      ],
    };
    expect(courses([pieces])).toEqual([{ names: ['Helmand'], length: 30, tributary: false }]);
  });
});

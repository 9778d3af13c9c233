import { mesh } from 'topojson-client';
import { describe, expect, test } from 'vitest';
import { alpha3Of } from '../../../src/lib/geo/atlas';
import { projectLine } from '../../../src/lib/geo/border-gaps';
import { isInCountry } from '../../../src/lib/geo/contains';
import { waterNames } from '../../../src/lib/geo/water';
import { regionWater } from '../../../src/lib/geo/water-select';
import { maxWaterRank, type DrawnWater } from '../../../src/lib/geo/water-shapes';
import { distanceToLine, type Point } from '../../support/plane';
import { site } from './first-analysis';
import { atlas, byCode } from './load-fixture';

/** The water the first analysis's map draws, by Natural Earth's name. */
function drawn(): Map<string, DrawnWater> {
  const region = site.analysis.region.map((code) => byCode.get(code)!);
  const water = regionWater(atlas.water, site.frame, region);
  return new Map(water.flatMap((w) => (w.name ? [[w.name, w] as const] : [])));
}

/** The boundary between two countries, as the map draws it. */
function boundary(a: string, b: string): Point[][] {
  const codes = (x: object, y: object) => [alpha3Of(x), alpha3Of(y)].sort().join('-');
  const line = mesh(
    atlas.countries,
    atlas.countries.objects.countries,
    (x, y) => codes(x, y) === [a, b].sort().join('-'),
  );
  return projectLine(site.frame.projection, line);
}

const lengthWithin = (lines: Point[][], others: Point[][], reach: number) =>
  lines.reduce(
    (sum, line) =>
      sum +
      line.slice(1).reduce((part, point, i) => {
        const middle: Point = [(point[0] + line[i]![0]) / 2, (point[1] + line[i]![1]) / 2];
        const near = others.some((other) => distanceToLine(middle, other) <= reach);
        return part + (near ? Math.hypot(point[0] - line[i]![0], point[1] - line[i]![1]) : 0);
      }, 0),
    0,
  );

describe('maxWaterRank', () => {
  test('a map draws more minor water the larger its scale', () => {
    expect([1.2, 5.1, 13.8, 80].map(maxWaterRank)).toEqual([1, 5, 8, 13]);
  });
});

describe('the first analysis’s map', () => {
  test('draws the region’s main rivers and the Hamun lakes, not its tributaries nor a neighbour’s water', () => {
    const names = [...drawn().keys()];
    expect(names).toEqual(
      expect.arrayContaining(['Helmand', 'Harirud', 'Amu Darya', 'Panj', 'Indus', 'Hamun-e Saberi', 'Gowd-e Zereh']),
    );
    expect(names).toContain('Daryacheh-ye Sistan');
    // Tributaries too short for this map: the Indus's, and the Karkheh of the Shatt al-Arab.
    expect(names).not.toContain('Sutlej');
    expect(names).not.toContain('Karkheh');
    // The neighbours' water: Iraq's rivers, and the Rann of Kutch, mostly India's.
    expect(names).not.toContain('Tigris');
    expect(names).not.toContain('Rann of Kutch');
  });

  test('the Helmand ends in the Hamun lakes on the border of Iran and Afghanistan', () => {
    const water = drawn();
    const ends = water.get('Helmand')!.lines.flatMap((line) => [line[0]!, line.at(-1)!]);
    const hamun = water.get('Hamun-e Saberi')!.lines;
    expect(Math.min(...ends.map((end) => Math.min(...hamun.map((ring) => distanceToLine(end, ring)))))).toBeLessThan(1);
    const lake = site.frame.projection.invert!(hamun[0]![0]!)! as Point;
    expect(['IRN', 'AFG'].some((code) => Math.abs(lake[0] - 61.3) < 1 && isInCountry(byCode.get(code)!, lake))).toBe(
      true,
    );
  });

  test('the Harirud runs along the border of Iran and Afghanistan, then on to Turkmenistan', () => {
    const harirud = drawn().get('Harirud')!.lines;
    expect(lengthWithin(harirud, boundary('IRN', 'AFG'), 3)).toBeGreaterThan(8);
    expect(lengthWithin(harirud, boundary('IRN', 'TKM'), 3)).toBeGreaterThan(5);
  });

  test('the Amu Darya and the Panj run along Afghanistan’s northern border', () => {
    const water = drawn();
    const north = [...boundary('AFG', 'TJK'), ...boundary('AFG', 'UZB'), ...boundary('AFG', 'TKM')];
    expect(lengthWithin(water.get('Panj')!.lines, north, 3)).toBeGreaterThan(30);
    expect(lengthWithin(water.get('Amu Darya')!.lines, north, 3)).toBeGreaterThan(15);
  });
});

describe('the cut of Natural Earth (data/geo/water.json)', () => {
  test('writes every name whole: spaces tidied, and the letters Natural Earth 4.0.0 lost put back', () => {
    const names = [...waterNames(atlas.water)];
    expect(names).toEqual(expect.arrayContaining(['Amu Darya', 'Göta älv', 'Päijänne', 'Torneälven']));
    expect(names.filter((name) => /\s\s|\?|^Gta|lven$|jrvi$/.test(name) && !/älven$/.test(name))).toEqual([]);
  });
});

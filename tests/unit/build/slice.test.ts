import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANALYSES_PER_SLICE, CORES_PER_SLICE, slicesFor } from '../../../scripts/build-slices.mjs';
import { mergeOutput } from '../../../src/lib/build/merge-output';
import { rendersAnalysis, rendersWholeSite, sliceFrom, sliceOfSlug } from '../../../src/lib/build/slice';
import { folderOf } from './folder';

describe('the slice a build renders', () => {
  test('is the whole site without BORDERLINES_SLICE, and the slice it names with it', () => {
    expect(sliceFrom(undefined)).toEqual({ number: 1, of: 1 });
    expect(sliceFrom('2/4')).toEqual({ number: 2, of: 4 });
  });

  test.each(['0/2', '3/2', '2', 'two/4', '1/0'])('refuses %s, naming the variable and the form it takes', (value) => {
    expect(() => sliceFrom(value)).toThrow(`BORDERLINES_SLICE is "${value}": it must be "k/n"`);
  });

  test('only the first slice renders the pages that span analyses', () => {
    expect(rendersWholeSite({ number: 1, of: 3 })).toBe(true);
    expect(rendersWholeSite({ number: 2, of: 3 })).toBe(false);
  });
});

describe('the slice an analysis falls to', () => {
  const slugs = Array.from({ length: 600 }, (_, index) => `analysis-${index}`);

  test('is exactly one of the slices, whatever their number', () => {
    for (const of of [1, 2, 3, 8]) {
      for (const slug of slugs.slice(0, 50)) {
        const slices = Array.from({ length: of }, (_, index) => rendersAnalysis(slug, { number: index + 1, of }));
        expect(slices.filter(Boolean)).toHaveLength(1);
      }
    }
  });

  test('does not move as other analyses are added: it depends on the slug alone', () => {
    expect(sliceOfSlug('taliban-iran-pakistan-2022', 4)).toBe(sliceOfSlug('taliban-iran-pakistan-2022', 4));
    expect(sliceOfSlug('taliban-iran-pakistan-2022', 1)).toBe(1);
  });

  test('shares the analyses out about evenly', () => {
    const counts = new Map<number, number>();
    for (const slug of slugs) counts.set(sliceOfSlug(slug, 4), (counts.get(sliceOfSlug(slug, 4)) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4]);
    for (const count of counts.values()) expect(count).toBeGreaterThan(600 / 4 - 40);
  });
});

describe('merging a slice into the site', () => {
  const folder = folderOf;

  test('adds its files and keeps a file both have alike', () => {
    const into = folder({ 'analyses/a/index.html': 'a', _headers: 'h' });
    mergeOutput(folder({ 'analyses/b/index.html': 'b', _headers: 'h' }), into);
    expect(readFileSync(join(into, 'analyses/b/index.html'), 'utf8')).toBe('b');
    expect(readFileSync(join(into, '_headers'), 'utf8')).toBe('h');
  });

  test('stops at a file the two built differently, naming it', () => {
    const into = folder({ '_astro/page.css': 'one' });
    expect(() => mergeOutput(folder({ '_astro/page.css': 'two' }), into)).toThrow(
      /_astro\/page\.css differs between .* build the slices from the same commit/,
    );
  });
});

describe('how many slices `npm run build` makes', () => {
  const pairs = Math.max(1, Math.floor(availableParallelism() / CORES_PER_SLICE));

  test('one process for a site of a few analyses, where a second would cost more than it saves', () => {
    expect(slicesFor({}, 1)).toBe(1);
    expect(slicesFor({}, ANALYSES_PER_SLICE * 2 - 1)).toBe(1);
  });

  test('a slice for each pair of cores once there are analyses enough for each', () => {
    expect(slicesFor({}, ANALYSES_PER_SLICE * 2)).toBe(Math.min(pairs, 2));
    expect(slicesFor({}, 100_000)).toBe(pairs);
  });

  test('as many as BORDERLINES_SLICES asks, or a line that says what it takes', () => {
    expect(slicesFor({ BORDERLINES_SLICES: '3' }, 1)).toBe(3);
    expect(() => slicesFor({ BORDERLINES_SLICES: 'all' }, 1)).toThrow(
      'BORDERLINES_SLICES is "all": it must be a whole number of slices, 1 or more',
    );
  });
});

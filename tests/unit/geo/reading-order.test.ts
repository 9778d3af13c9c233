import { describe, expect, test } from 'vitest';
import { numberLinks, readingRank } from '../../../src/lib/geo/reading-order';

const text = ['opening', 'border-clash', 'talks', 'aid'];
const link = (id: string, order: number) => ({ id, order, number: 0 });

describe('readingRank', () => {
  test('a link stands where the first of its passages is told', () => {
    expect(readingRank(['aid', 'border-clash'], text)).toBe(1);
  });

  test('a link whose passages the text never tells comes after everything it does', () => {
    expect(readingRank(['elsewhere'], text)).toBe(text.length);
  });
});

describe('numberLinks', () => {
  test('borders, markers and callouts share one numbering in the order the text tells them', () => {
    const { borders, markers, callouts } = numberLinks({
      borders: [link('durand-line', 1)],
      markers: [link('kabul', 3), link('kunar', 0)],
      callouts: [link('moscow', 2)],
    });
    expect(markers.map((m) => [m.id, m.number])).toEqual([
      ['kunar', 1],
      ['kabul', 4],
    ]);
    expect(borders[0]!.number).toBe(2);
    expect(callouts[0]!.number).toBe(3);
  });

  test('a border and a marker told in the same passage are numbered border first', () => {
    const { borders, markers } = numberLinks({ borders: [link('b', 1)], markers: [link('m', 1)], callouts: [] });
    expect([borders[0]!.number, markers[0]!.number]).toEqual([1, 2]);
  });
});

import { expect, test } from 'vitest';
import { correctionsByPassage } from '../../../src/lib/content/corrections';
import type { Correction } from '../../../src/schemas/analysis';

// A corrected passage shows its corrections numbered as the corrections list at the article's end
// numbers them, so that "Correction 2" on a passage is the list's second.
test('each passage gets its own corrections, each with its number in the article’s list', () => {
  const corrections = [
    { passage: 'water-release', date: new Date('2022-02-01') },
    { passage: 'kunar', date: new Date('2022-02-02') },
    { passage: 'water-release', date: new Date('2022-02-03') },
  ] as unknown as Correction[];
  const byPassage = correctionsByPassage(corrections);
  expect([...byPassage.keys()]).toEqual(['water-release', 'kunar']);
  expect(byPassage.get('water-release')!.map(({ correction, number }) => [correction, number])).toEqual([
    [corrections[0], 1],
    [corrections[2], 3],
  ]);
  expect(byPassage.get('kunar')!.map(({ number }) => number)).toEqual([2]);
  expect(correctionsByPassage([]).size).toBe(0);
});

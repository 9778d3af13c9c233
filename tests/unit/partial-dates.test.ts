import { expect, test } from 'vitest';
import { compareIsoDates } from '../../src/lib/content/dates';

// The timeline reads in this order: a coarser date before the finer dates it contains.
const ordered = (dates: string[]) => [...dates].sort(compareIsoDates);

test('the timeline puts a decade before its years, a month before its days, and earlier before later', () => {
  expect(ordered(['1893', '189X', '2022-01-15', '2022-01', '2021-12'])).toEqual([
    '189X',
    '1893',
    '2021-12',
    '2022-01',
    '2022-01-15',
  ]);
  expect(ordered(['2022-02', '2022-01'])).toEqual(['2022-01', '2022-02']);
});

test('the same date compares equal, whichever side it is on', () => {
  expect(compareIsoDates('2022-01', '2022-01')).toBe(0);
  expect(compareIsoDates('2022-02', '2022-01')).toBeGreaterThan(0);
  expect(compareIsoDates('2022-01', '2022-02')).toBeLessThan(0);
});

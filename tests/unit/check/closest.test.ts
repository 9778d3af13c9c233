import { describe, expect, test } from 'vitest';
import { closest } from '../../../src/lib/check/closest';

// "Did you mean …?": the field, actor or id an editor most likely meant by a word the site does not know.
const FIELDS = ['title', 'titles', 'events', 'entities', 'coordinates', 'country', 'date', 'data'];

describe('closest', () => {
  test('a letter left out, added or changed is forgiven', () => {
    expect(closest('evnts', FIELDS)).toBe('events');
    expect(closest('entitiess', FIELDS)).toBe('entities');
    expect(closest('countrx', FIELDS)).toBe('country');
  });

  test('two letters swapped cost as much as one wrong letter', () => {
    // Five letters allow one slip: as two changes, "tilte" would be too far from "title".
    expect(closest('tilte', FIELDS)).toBe('title');
    expect(closest('coordinatse', FIELDS)).toBe('coordinates');
    expect(closest('aet', ['tea'])).toBeUndefined();
  });

  test('a longer word may be further off: a third of its letters', () => {
    expect(closest('cordnates', FIELDS)).toBe('coordinates');
    expect(closest('xyz', ['abc'])).toBeUndefined();
    expect(closest('ab', ['xb'])).toBe('xb');
  });

  test('the nearest is chosen wherever it stands in the list, and case does not count', () => {
    expect(closest('titel', ['titles', 'title'])).toBe('title');
    expect(closest('Dates', ['data', 'date'])).toBe('date');
    expect(closest('TITLE', FIELDS)).toBe('title');
  });

  test('a word far from every known one has no suggestion', () => {
    expect(closest('zzzzqqq', FIELDS)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import { wrapText, wrapToWidth } from '../../../src/lib/share/wrap-text';

// How a card's words are broken into lines: as many words a line as fit, at most so many lines,
// and where words had to be left out, an ellipsis after the last whole word that fits.

/** One unit of width a character, so that a line's width is its length. */
const length = (line: string) => line.length;

describe('wrapToWidth', () => {
  test('as many words a line as fit, breaking only at spaces, and any run of spaces counts as one', () => {
    expect(wrapToWidth('  The Taliban   test their\nroom to ', 12, length)).toEqual([
      'The Taliban',
      'test their',
      'room to',
    ]);
  });

  test('text that fits in the lines allowed is kept whole, with no ellipsis', () => {
    expect(wrapToWidth('Kabul and Tehran', 10, length, 2)).toEqual(['Kabul and', 'Tehran']);
  });

  test('cut text loses its last word, whole or part, and ends in an ellipsis that fits', () => {
    expect(wrapToWidth('The Taliban test their room to manoeuvre', 12, length)).toEqual([
      'The Taliban',
      'test their',
      'room…',
    ]);
    const lines = wrapToWidth('one two three four five six', 9, length, 2);
    expect(lines).toEqual(['one two', 'three…']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(9);
  });

  test('a line exactly as wide as allowed fits', () => {
    expect(wrapToWidth('abcde fghij', 5, length)).toEqual(['abcde', 'fghij']);
  });

  test('a word wider than a line stands alone on its line rather than vanish', () => {
    expect(wrapToWidth('a manoeuvre b', 4, length)).toEqual(['a', 'manoeuvre', 'b']);
  });
});

describe('wrapText, estimating width from an average glyph', () => {
  test('fits as many characters a line as the width allows at the font size, the third line cut', () => {
    // 100 px at 10 px and 0.5 em a glyph: 20 characters a line.
    expect(wrapText('Between Tehran and Islamabad, the Taliban test their room', 100, 10, 0.5)).toEqual([
      'Between Tehran and',
      'Islamabad, the',
      'Taliban test…',
    ]);
  });

  test('cut text ends in an ellipsis within the line, after the last whole word', () => {
    const lines = wrapText('Between Tehran and Islamabad, the Taliban test their room to manoeuvre', 100, 10, 0.5, 2);
    expect(lines).toEqual(['Between Tehran and', 'Islamabad,…']);
    expect(lines[1]!.length).toBeLessThanOrEqual(20);
  });
});

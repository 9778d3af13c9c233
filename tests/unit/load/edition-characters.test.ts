import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { distinctCharacters } from '../../../src/lib/load/edition-characters';

/** The characters of the texts, each once, in order of first coming, as iterating the strings gives them. */
const plainly = (texts: string[]) => [...new Set(texts.flatMap((text) => [...text]))].join('');

describe('the characters a face is cut to', () => {
  test('are every character of the texts once, in the order they first come', () => {
    expect(distinctCharacters(['کابل و کابل', 'Kabul 𝔸 𝔸'])).toBe('کابل وKabul𝔸');
  });

  test('are the same as iterating the texts would give, for any text, surrogates alone or paired', () => {
    const units = fc.constantFrom('a', 'ب', ' ', '\u200c', '\ud835', '\udd38', '𝔸', 'ۍ');
    fc.assert(
      fc.property(
        fc.array(
          fc.array(units, { maxLength: 20 }).map((parts) => parts.join('')),
          { maxLength: 4 },
        ),
        (texts) => {
          expect(distinctCharacters(texts)).toBe(plainly(texts));
        },
      ),
    );
  });
});

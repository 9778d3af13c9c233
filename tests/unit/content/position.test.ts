import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { positionAt, positionsIn } from '../../../src/lib/content/position';

/** Line and column counted the plain way: the lines before the offset, and the last one's length. */
const counted = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
};

describe('the line and column of an offset', () => {
  test('are those an editor counts, at the start, in a line, after a line break and at the end', () => {
    const text = 'title: x\n<Passage id="a">\n\nword';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 3)).toEqual({ line: 1, column: 4 });
    expect(positionAt(text, 9)).toEqual({ line: 2, column: 1 });
    expect(positionAt(text, 26)).toEqual({ line: 3, column: 1 });
    expect(positionAt(text, text.length)).toEqual({ line: 4, column: 5 });
  });

  test('are the same for every offset of any text, found once or one at a time', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a\n]{0,40}$/), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        expect(positionsIn(text)(offset)).toEqual(counted(text, offset));
      }),
    );
  });
});

import bidiFactory from 'bidi-js';
import type { PieceFace } from './shaped-width';

const bidi = bidiFactory();

/**
 * What keeps a piece's own direction inside resvg, which gives every text a left-to-right
 * paragraph: an isolate of that direction, and before its end a mark of it, without which a space
 * ending the piece would be moved to the line's (left-to-right) end (Unicode's rule L1).
 */
const ISOLATE = { rtl: ['\u2067', '\u200F\u2069'], ltr: ['\u2066', '\u200E\u2069'] } as const;

/** A piece of a line that resvg must draw apart: one face and one direction. */
export interface Piece {
  /** Its text in logical order, as written. */
  text: string;
  face: PieceFace;
  rtl: boolean;
}

/** A piece's text wrapped in the isolate of its direction, so that resvg orders and mirrors it as the line does. */
export const isolated = (text: string, rtl: boolean) => {
  const [start, end] = ISOLATE[rtl ? 'rtl' : 'ltr'];
  return `${start}${text}${end}`;
};

/**
 * A line of a right-to-left edition in the pieces resvg must draw apart, from the right edge
 * leftwards. resvg (2.6) runs the bidirectional algorithm with a left-to-right paragraph whatever
 * `direction` says, and shapes a whole text in the fallback face as soon as its face lacks one
 * character: a Dari line with a bracket or a Latin name would come out in DejaVu, digits leading
 * it on the wrong side. So the line is resolved here as the right-to-left paragraph it is
 * (Unicode's algorithm, bidi-js), cut where its direction or its face changes (Naskh where the
 * cut has the glyph, DejaVu otherwise), and its pieces ordered as they are read on screen, right
 * to left.
 */
export function rtlPieces(line: string, naskhHas: (character: string) => boolean): Piece[] {
  const { levels } = bidi.getEmbeddingLevels(line, 'rtl');
  const pieces: (Piece & { level: number })[] = [];
  // Levels are per UTF-16 code unit; a surrogate pair's halves share theirs, and so their piece.
  line.split('').forEach((character, i) => {
    const level = levels[i]!;
    const last = pieces.at(-1);
    const continues = last?.level === level;
    // A space is the line's own, Naskh, but within a left-to-right run (a Latin name) that run's.
    const space = /\s/.test(character);
    const face = space && continues && !last.rtl ? last.face : space || naskhHas(character) ? 'naskh' : 'latin';
    if (continues && last.face === face) last.text += character;
    else pieces.push({ text: character, face, rtl: level % 2 === 1, level });
  });
  // Unicode's rule L2: from the highest level down to the lowest odd one, reverse every run of
  // pieces at that level or higher. That gives the pieces left to right; the line is set from the right.
  const highest = Math.max(...pieces.map((piece) => piece.level));
  for (let level = highest; level >= 1; level--) {
    for (let start = 0; start < pieces.length; start++) {
      if (pieces[start]!.level < level) continue;
      let end = start;
      while (end + 1 < pieces.length && pieces[end + 1]!.level >= level) end++;
      pieces.splice(start, end - start + 1, ...pieces.slice(start, end + 1).reverse());
      start = end;
    }
  }
  return pieces.reverse().map(({ text, face, rtl }) => ({ text, face, rtl }));
}

import type { Edition } from '../i18n/editions';
import { rtlPieces, type Piece } from './rtl-pieces';
import { loadShaper, type Shaper } from './shaped-width';
import { wrapText, wrapToWidth } from './wrap-text';

/** How a block of a card's text is set, as far as its width goes. */
export interface TextLook {
  bold: boolean;
  /** The average glyph width, in ems, that English text is estimated by. */
  glyphWidth: number;
}

/** A piece of a right-to-left line, placed: its right edge's distance left of the line's, and its width, in px. */
export interface PlacedPiece extends Piece {
  right: number;
  width: number;
}

/** Breaks text into at most `maxLines` lines no wider than `maxWidth` px. */
type Wrap = (text: string, maxWidth: number, size: number, look: TextLook, maxLines: number) => string[];

/**
 * How a card sets its words. English is estimated by glyph width as it always was (its cards stay
 * as they were drawn); Dari and Pashto are measured in the faces they are drawn with, set from the
 * right, and each line is drawn in pieces (rtl-pieces.ts).
 */
export type CardScript = { dir: 'ltr'; wrap: Wrap } | { dir: 'rtl'; wrap: Wrap; pieces: PlaceLine };

/** A right-to-left line's pieces, in the order they are set from the line's right edge. */
type PlaceLine = (line: string, size: number, bold: boolean) => PlacedPiece[];

/** English: estimated, set from the left. */
export const LATIN_SCRIPT: CardScript = {
  dir: 'ltr',
  wrap: (text, maxWidth, size, look, maxLines) => wrapText(text, maxWidth, size, look.glyphWidth, maxLines),
};

/** A right-to-left script, measured with HarfBuzz in the cards' own faces. */
function rtlScript(shaper: Shaper): CardScript {
  const pieces: PlaceLine = (line, size, bold) => {
    let right = 0;
    return rtlPieces(line, shaper.naskhHas).map((piece) => {
      const width = shaper.width(piece.text, piece.face, bold ? 700 : 400, piece.rtl) * size;
      const placed = { ...piece, right, width };
      right += width;
      return placed;
    });
  };
  const lineWidth = (line: string, size: number, bold: boolean) =>
    pieces(line, size, bold).reduce((sum, piece) => sum + piece.width, 0);
  return {
    dir: 'rtl',
    wrap: (text, maxWidth, size, look, maxLines) =>
      wrapToWidth(text, maxWidth, (line) => lineWidth(line, size, look.bold), maxLines),
    pieces,
  };
}

/** The script an edition's cards are set in; a right-to-left one loads its faces first, once per build. */
export async function cardScript(edition: Edition): Promise<CardScript> {
  return edition.dir === 'rtl' ? rtlScript(await loadShaper()) : LATIN_SCRIPT;
}

import { readFileSync } from 'node:fs';
import type { ArabicWeight } from '../i18n/arabic-type';
import { DEJAVU_FILES, naskhFaces } from './card-fonts';

/** The faces a right-to-left card's pieces are set in: the Naskh cut, or DejaVu beside it. */
export type PieceFace = 'naskh' | 'latin';

/** How wide pieces of text are, in ems, as resvg draws them. */
export interface Shaper {
  /** The width of a piece in one face and direction, in ems. */
  width(text: string, face: PieceFace, weight: ArabicWeight, rtl: boolean): number;
  /** Whether the Naskh cut has a glyph for a character: what it lacks is set in DejaVu. */
  naskhHas(character: string): boolean;
}

let shaper: Promise<Shaper> | undefined;

/**
 * Measures text with HarfBuzz, of which resvg's shaper (rustybuzz) is a port, in the very faces
 * the cards are drawn with, so that a right-to-left line's pieces meet where resvg draws them. A
 * piece is as wide as resvg makes it: each cluster as wide as its widest glyph, marks adding none.
 */
export function loadShaper(): Promise<Shaper> {
  shaper ??= (async () => {
    const hb = await import('harfbuzzjs');
    const naskh = await naskhFaces();
    const fontOf = (data: Uint8Array) => {
      const face = new hb.Face(new hb.Blob(data));
      return { font: new hb.Font(face), upem: face.upem, unicodes: new Set(face.collectUnicodes()) };
    };
    const fonts = {
      naskh: { 400: fontOf(naskh[400]), 700: fontOf(naskh[700]) },
      latin: { 400: fontOf(readFileSync(DEJAVU_FILES[0]!)), 700: fontOf(readFileSync(DEJAVU_FILES[1]!)) },
    };
    const widths = new Map<string, number>();
    return {
      width(text, face, weight, rtl) {
        const key = `${face}${weight}${rtl ? '<' : '>'}${text}`;
        let width = widths.get(key);
        if (width === undefined) {
          const { font, upem } = fonts[face][weight];
          const buffer = new hb.Buffer();
          buffer.addText(text);
          buffer.guessSegmentProperties();
          buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
          hb.shape(font, buffer);
          const positions = buffer.getGlyphPositions();
          const clusters = new Map<number, number>();
          buffer.getGlyphInfos().forEach(({ cluster }, i) => {
            clusters.set(cluster, Math.max(clusters.get(cluster) ?? 0, positions[i]!.xAdvance));
          });
          width = [...clusters.values()].reduce((sum, advance) => sum + advance, 0) / upem;
          widths.set(key, width);
        }
        return width;
      },
      naskhHas: (character) => fonts.naskh[400].unicodes.has(character.codePointAt(0)!),
    };
  })();
  return shaper;
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** How a piece of the map's text is set, as far as its width goes (italic is as wide as upright). */
export type TextWeight = 'regular' | 'bold';

/**
 * DejaVu Sans, which the share cards are drawn with and which the page's font stack ends on, is
 * among the widest faces that stack can give: text measured with it takes no more room in any
 * browser than the map keeps for it. Semibold is drawn with the bold face where there is none.
 */
const FACES: Record<TextWeight, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

/** Each character's advance, in ems, read from the face's cmap and hmtx tables. */
interface Advances {
  of: Map<number, number>;
  /** For a character the face lacks: its widest capital's advance, to be safe. */
  fallback: number;
}

function readAdvances(file: string): Advances {
  const font = readFileSync(require.resolve(file));
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0, count = view.getUint16(4); i < count; i++) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), view.getUint32(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file} has no ${tag} table; install dejavu-fonts-ttf again`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
  const of = new Map<number, number>();
  for (const [code, glyph] of readCmap(view, table('cmap'))) of.set(code, advance(glyph));
  return { of, fallback: Math.max(...[...'MW@'].map((c) => of.get(c.codePointAt(0)!) ?? 1)) };
}

/** The Unicode (format 4) subtable of a cmap: every character of the Basic Multilingual Plane to its glyph. */
function readCmap(view: DataView, cmap: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  for (let i = 0, count = view.getUint16(cmap + 2); i < count; i++) {
    const subtable = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    if (view.getUint16(subtable) !== 4) continue;
    const segments = view.getUint16(subtable + 6) / 2;
    const ends = subtable + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const [end, start] = [view.getUint16(ends + 2 * s), view.getUint16(starts + 2 * s)];
      const [delta, range] = [view.getInt16(deltas + 2 * s), view.getUint16(ranges + 2 * s)];
      for (let code = start; code <= end && code !== 0xffff; code++) {
        const indexed = range === 0 ? code : view.getUint16(ranges + 2 * s + range + 2 * (code - start));
        const glyph = range !== 0 && indexed === 0 ? 0 : (indexed + delta) & 0xffff;
        if (glyph !== 0) glyphs.set(code, glyph);
      }
    }
    return glyphs;
  }
  throw new Error('DejaVu Sans has no Unicode cmap; install dejavu-fonts-ttf again');
}

const faces = new Map<TextWeight, Advances>();

/** The width of a line of text in the map's units, set at `fontSize`. */
export function measureText(text: string, fontSize: number, weight: TextWeight = 'regular'): number {
  let face = faces.get(weight);
  if (!face) {
    face = readAdvances(FACES[weight]);
    faces.set(weight, face);
  }
  const characters = [...text];
  const ems = characters.reduce((sum, c) => sum + (face.of.get(c.codePointAt(0)!) ?? face.fallback), 0);
  return ems * fontSize;
}

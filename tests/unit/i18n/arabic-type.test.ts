import * as hb from 'harfbuzzjs';
import { describe, expect, test } from 'vitest';
import { arabicCharacters, arabicFace } from '../../../src/lib/i18n/arabic-type';

const PASHTO = 'ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ';
const DARI = 'پ چ ژ گ ک ی';

/** The characters a TrueType font file has glyphs for (HarfBuzz reads no woff2). */
function covered(font: Buffer): Set<number> {
  const face = new hb.Face(new hb.Blob(font));
  return new Set(face.collectUnicodes());
}

describe('the Arabic-script face of the Dari and Pashto editions', () => {
  test('keeps only the script’s own characters of a text, once each', () => {
    expect(arabicCharacters('Kabul کابل ۲۰۲۲ کابل')).toBe('ابلک۰۲');
  });

  test('a subset covers every Pashto and Dari letter it is asked for, and little else', async () => {
    const text = `${PASHTO} ${DARI} ۰۱۲۳۴۵۶۷۸۹`;
    const font = await arabicFace(text, 400);
    const codes = covered(await arabicFace(text, 400, 'truetype'));
    for (const letter of `${PASHTO}${DARI}۰۱۲۳۴۵۶۷۸۹`.replace(/\s/g, '')) {
      expect(codes.has(letter.codePointAt(0)!), letter).toBe(true);
    }
    expect(codes.has('Z'.codePointAt(0)!)).toBe(false);
    expect(font.subarray(0, 4).toString()).toBe('wOF2');
    expect(font.length).toBeLessThan(15_000);
  });

  test('the bold face, and a TrueType cut for the share cards', async () => {
    const bold = await arabicFace(PASHTO, 700, 'truetype');
    expect(bold.readUInt32BE(0)).toBe(0x00010000);
    expect(covered(bold).has('ښ'.codePointAt(0)!)).toBe(true);
  });
});

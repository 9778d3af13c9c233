import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** The weights the Dari and Pashto editions set: text, and headings. */
export type ArabicWeight = 400 | 700;

/**
 * Noto Naskh Arabic (SIL Open Font License 1.1, from the @fontsource package): a newspaper
 * naskh that covers every Dari and Pashto letter (ټ ډ ړ ږ ښ ګ ڼ ې ۍ among them).
 */
const source = (weight: ArabicWeight) =>
  readFileSync(require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`));

/** The characters of the editions' own script in a text, once each, in code point order. */
export function arabicCharacters(text: string): string {
  const arabic = [...new Set(text.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D]/gu) ?? [])];
  return arabic.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * The face cut down to the glyphs a text needs, with the layout rules that join its letters:
 * woff2 for readers' browsers, TrueType for drawing share cards.
 */
export async function arabicFace(
  text: string,
  weight: ArabicWeight,
  format: 'woff2' | 'truetype' = 'woff2',
): Promise<Buffer> {
  return subsetFont(source(weight), `${arabicCharacters(text)} `, { targetFormat: format });
}

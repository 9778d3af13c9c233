import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { arabicFace, type ArabicWeight } from '../i18n/arabic-type';
import { editionCharacters, siteCharacters } from '../load/edition-characters';

const require = createRequire(import.meta.url);

/** The face of every Latin letter on a card, and of the punctuation the Naskh cut lacks. */
export const LATIN_FAMILY = 'DejaVu Sans';

/**
 * The Dari and Pashto editions' face, as resvg knows it: the subset keeps the font's own name.
 * A right-to-left card's text and map name it first, DejaVu after (see draw-pool.ts for why that
 * list is not enough on its own in resvg).
 */
export const NASKH_FAMILY = 'Noto Naskh Arabic';

/** DejaVu (free licence) as npm installs it: regular, bold and oblique, in the order resvg loads them. */
export const DEJAVU_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

/** The Naskh cut for cards, as TrueType (resvg reads no woff2), by weight. */
export type NaskhFaces = Record<ArabicWeight, Uint8Array>;

let naskh: Promise<NaskhFaces> | undefined;

/**
 * Noto Naskh Arabic, regular and bold, cut to every character the editions can set, the same cut
 * as the pages' own type: made once per build and shared by every card's drawing and measuring.
 */
export function naskhFaces(): Promise<NaskhFaces> {
  naskh ??= (async () => {
    const characters = editionCharacters();
    const [regular, bold] = await Promise.all(
      ([400, 700] as const).map(async (weight) => new Uint8Array(await arabicFace(characters, weight, 'truetype'))),
    );
    return { 400: regular!, 700: bold! };
  })();
  return naskh;
}

/** Blocks DejaVu keeps whatever the content holds: Latin, punctuation, currency, arrows and maths. */
const LATIN_BLOCKS = [
  [0x20, 0x24f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x22ff],
] as const;

/**
 * The characters DejaVu is cut to: its blocks, and every other character of the site's content and
 * words. resvg reads every face it is given for each card, and the whole of DejaVu (2 MB, most of
 * it scripts no card sets) made that read half the cost of drawing one. Glyphs keep their
 * metrics, so text is measured (shaped-width.ts) and set exactly as in the whole face.
 */
function latinCharacters(): string {
  const blocks = LATIN_BLOCKS.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
  );
  return [...new Set([...blocks, ...siteCharacters()])].join('');
}

/** The faces cards are drawn with, in the order resvg loads them: DejaVu cut, then the Naskh cut. */
export interface CardFaces {
  /** Files, as the native resvg reads them. */
  files: string[];
  /** A short fingerprint of them all, so that cards drawn with other faces are drawn again. */
  fingerprint: string;
}

let faces: Promise<CardFaces> | undefined;

/** The card faces, written once per build under `folder` by their fingerprint. */
export function cardFaces(folder: string): Promise<CardFaces> {
  faces ??= (async () => {
    const characters = latinCharacters();
    const latin = await Promise.all(
      DEJAVU_FILES.map(
        async (file) => new Uint8Array(await subsetFont(readFileSync(file), characters, { targetFormat: 'truetype' })),
      ),
    );
    const naskhCut = await naskhFaces();
    const all = [...latin, naskhCut[400], naskhCut[700]];
    const hash = createHash('sha256');
    for (const face of all) hash.update(face);
    const fingerprint = hash.digest('hex').slice(0, 16);
    mkdirSync(folder, { recursive: true });
    const files = all.map((face, i) => {
      const path = join(folder, `${fingerprint}-${i}.ttf`);
      // Written whole, then named: another build sharing the cache never reads half a face.
      if (!existsSync(path)) {
        writeFileSync(`${path}.${process.pid}`, face);
        renameSync(`${path}.${process.pid}`, path);
      }
      return path;
    });
    return { files, fingerprint };
  })();
  return faces;
}

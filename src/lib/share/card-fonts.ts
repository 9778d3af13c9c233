import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { arabicFace, type ArabicWeight } from '../i18n/arabic-type';
import { editionCharacters } from '../i18n/edition-characters';

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

/** A short fingerprint of the Naskh cut, so that cards drawn with an older cut are drawn again. */
export async function naskhFingerprint(): Promise<string> {
  const faces = await naskhFaces();
  return createHash('sha256').update(faces[400]).update(faces[700]).digest('hex').slice(0, 16);
}

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardFaces } from './card-fonts';
import { DRAWING_CODE, drawCard, type CardDrawing } from './draw-pool';
import { PNG_ENCODING } from './encode-png';
import { installedVersion } from './installed-version';

/**
 * Cards already drawn, by the hash of what they are drawn from (an SVG, or its layers): a rebuild
 * draws only the cards whose text or map changed. Kept beside Astro's own cache, which a clean build may delete like any cache; the
 * faces cards are drawn with are kept there too. The slices of a build share one store
 * (BORDERLINES_CARD_STORE), each with a cache of its own.
 */
const cacheDir = () =>
  process.env.BORDERLINES_CARD_STORE ?? join(process.env.BORDERLINES_CACHE_DIR ?? 'node_modules/.astro', 'cards');

/**
 * What makes a card's pixels besides its SVG: resvg as installed, the faces (DejaVu and the
 * editions' Naskh, both cut to what the site sets), the code the workers run (layers, palette,
 * PNG), the zlib that deflates the PNG and the encoder's settings. A change in any of them draws
 * every card again.
 */
let renderer: Promise<string> | undefined;
const rendererKey = () =>
  (renderer ??= cardFaces(join(cacheDir(), 'faces')).then(({ fingerprint }) =>
    JSON.stringify({
      resvg: installedVersion('@resvg/resvg-js'),
      drawing: DRAWING_CODE,
      faces: fingerprint,
      zlib: process.versions.zlib,
      png: PNG_ENCODING,
    }),
  ));

function cached(key: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return new Uint8Array(readFileSync(join(cacheDir(), `${key}.png`)));
  } catch {
    return undefined;
  }
}

/**
 * Rasterises a card, an SVG or layers of SVG (draw-pool.ts), to a palette PNG at its own size, at
 * build time and without a browser.
 */
export async function renderPng(card: CardDrawing): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(await rendererKey())
    .update('\0')
    .update(typeof card === 'string' ? card : JSON.stringify(card))
    .digest('hex');
  const hit = cached(key);
  if (hit) return hit;
  const { files } = await cardFaces(join(cacheDir(), 'faces'));
  const png = await drawCard(card, files);
  mkdirSync(cacheDir(), { recursive: true });
  // Whole or not at all: a slice drawing the same card at the same moment never reads half of it.
  const file = join(cacheDir(), `${key}.png`);
  writeFileSync(`${file}.${process.pid}`, png);
  renameSync(`${file}.${process.pid}`, file);
  return png;
}

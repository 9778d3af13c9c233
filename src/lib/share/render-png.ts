import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardFaces } from './card-fonts';
import { drawCard } from './draw-pool';
import { PNG_ENCODING } from './encode-png';
import { installedVersion } from './installed-version';

/**
 * Cards already drawn, by the hash of their SVG: a rebuild draws only the cards whose text or map
 * changed. Kept beside Astro's own cache, which a clean build may delete like any cache; the
 * faces cards are drawn with are kept there too.
 */
const cacheDir = () => join(process.env.BORDERLINES_CACHE_DIR ?? 'node_modules/.astro', 'cards');

/**
 * What makes a card's pixels besides its SVG: resvg as installed, the faces (DejaVu and the
 * editions' Naskh, both cut to what the site sets), the zlib that deflates the PNG and the
 * encoder's settings. A change in any of them draws every card again.
 */
let renderer: Promise<string> | undefined;
const rendererKey = () =>
  (renderer ??= cardFaces(join(cacheDir(), 'faces')).then(({ fingerprint }) =>
    JSON.stringify({
      resvg: installedVersion('@resvg/resvg-js'),
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

/** Rasterises an SVG card to a palette PNG at its own size, at build time and without a browser. */
export async function renderPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(await rendererKey())
    .update('\0')
    .update(svg)
    .digest('hex');
  const hit = cached(key);
  if (hit) return hit;
  const { files } = await cardFaces(join(cacheDir(), 'faces'));
  const png = await drawCard(svg, files);
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(join(cacheDir(), `${key}.png`), png);
  return png;
}

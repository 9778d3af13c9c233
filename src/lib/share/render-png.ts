import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { naskhFingerprint } from './card-fonts';
import { drawCard } from './draw-pool';
import { encodePng, PNG_ENCODING } from './encode-png';
import { installedVersion } from './installed-version';

/**
 * What makes a card's pixels besides its SVG: resvg and DejaVu as installed, the editions' Naskh
 * cut (which grows with their text), the zlib that deflates the PNG and the encoder's settings.
 * A change in any of them draws every card again.
 */
let renderer: Promise<string> | undefined;
const rendererKey = () =>
  (renderer ??= naskhFingerprint().then((naskh) =>
    JSON.stringify({
      resvg: installedVersion('@resvg/resvg-wasm'),
      dejavu: installedVersion('dejavu-fonts-ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
      naskh,
      zlib: process.versions.zlib,
      png: PNG_ENCODING,
    }),
  ));

/**
 * Cards already drawn, by the hash of their SVG: a rebuild draws only the cards whose text or map
 * changed. Kept beside Astro's own cache, which a clean build may delete like any cache.
 */
const cacheDir = join(process.env.BORDERLINES_CACHE_DIR ?? 'node_modules/.astro', 'cards');

function cached(key: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return new Uint8Array(readFileSync(join(cacheDir, `${key}.png`)));
  } catch {
    return undefined;
  }
}

/** resvg hands out premultiplied RGBA; PNG stores it straight. Opaque pixels are the same in both. */
function unpremultiply(pixels: Uint8Array): Uint8Array {
  for (let i = 3; i < pixels.length; i += 4) {
    const alpha = pixels[i]!;
    if (alpha === 255 || alpha === 0) continue;
    for (let c = i - 3; c < i; c++) pixels[c] = Math.min(255, Math.round((pixels[c]! * 255) / alpha));
  }
  return pixels;
}

/** Rasterises an SVG card to PNG at its own size, at build time and without a browser. */
export async function renderPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(await rendererKey())
    .update('\0')
    .update(svg)
    .digest('hex');
  const hit = cached(key);
  if (hit) return hit;
  const { width, height, pixels } = await drawCard(svg);
  const png = await encodePng(width, height, unpremultiply(pixels));
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `${key}.png`), png);
  return png;
}

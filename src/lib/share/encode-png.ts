import type { PalettedImage } from './palette';

/**
 * How cards are encoded: 8-bit palette (palette.ts), every row unfiltered (type 0), deflated at
 * this level. Part of the cards' cache key.
 */
export const PNG_ENCODING = { colour: 'palette', filter: 0, level: 6 } as const;

/** What encodePng needs of zlib: Node's own, passed in so that a worker can run the function's text. */
export interface Zlib {
  deflateSync(data: Uint8Array, options: { level: number }): Uint8Array;
  crc32(data: Uint8Array): number;
}

/**
 * A palette PNG: a byte a pixel instead of four, which deflate handles best unfiltered (filter
 * type 0 on every row) for flat colour. Cards are encoded in the worker that draws them, so that
 * only the finished file, some 30 KB, crosses to the build's main thread.
 *
 * The card workers run this function's own text, so it names nothing outside itself.
 */
export function encodePng(
  width: number,
  height: number,
  { palette, indices }: PalettedImage,
  zlib: Zlib,
  level: number = 6,
): Uint8Array<ArrayBuffer> {
  if (indices.length !== width * height) {
    throw new Error(
      `encodePng: expected ${width * height} palette indices for ${width}×${height}, got ${indices.length}`,
    );
  }
  const colours = palette.length / 3;
  if (!Number.isInteger(colours) || colours < 1 || colours > 256) {
    throw new Error(`encodePng: expected 1 to 256 RGB palette entries, got ${palette.length} bytes`);
  }
  const rows = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (palette), deflate, adaptive filters, no interlace
  const chunks: [string, Uint8Array][] = [
    ['IHDR', header],
    ['PLTE', palette],
    ['IDAT', zlib.deflateSync(rows, { level })],
    ['IEND', new Uint8Array(0)],
  ];
  const png = new Uint8Array(8 + chunks.reduce((sum, [, data]) => sum + 12 + data.length, 0));
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer);
  let at = 8;
  for (const [type, data] of chunks) {
    view.setUint32(at, data.length);
    for (let i = 0; i < 4; i++) png[at + 4 + i] = type.charCodeAt(i);
    png.set(data, at + 8);
    view.setUint32(at + 8 + data.length, zlib.crc32(png.subarray(at + 4, at + 8 + data.length)));
    at += 12 + data.length;
  }
  return png;
}

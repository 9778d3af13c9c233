import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import type { PalettedImage } from './palette';

const deflateAsync = promisify(deflate);

/**
 * How cards are encoded: 8-bit palette (palette.ts), every row unfiltered (type 0), deflated at
 * this level. Part of the cards' cache key.
 */
export const PNG_ENCODING = { colour: 'palette', filter: 0, level: 6 } as const;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, tail]);
}

/**
 * A palette PNG, compressed by Node's own zlib: a byte a pixel instead of four, which deflate
 * also handles best unfiltered (filter type 0 on every row) for flat colour. Deflate runs on
 * libuv's thread pool, off the build's main thread.
 */
export async function encodePng(
  width: number,
  height: number,
  { palette, indices }: PalettedImage,
): Promise<Uint8Array<ArrayBuffer>> {
  if (indices.length !== width * height) {
    throw new Error(
      `encodePng: expected ${width * height} palette indices for ${width}×${height}, got ${indices.length}`,
    );
  }
  const colours = palette.length / 3;
  if (!Number.isInteger(colours) || colours < 1 || colours > 256) {
    throw new Error(`encodePng: expected 1 to 256 RGB palette entries, got ${palette.length} bytes`);
  }
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (palette), deflate, adaptive filters, no interlace
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette)),
    chunk('IDAT', await deflateAsync(rows, { level: PNG_ENCODING.level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return new Uint8Array(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength));
}

import * as zlib from 'node:zlib';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/lib/share/encode-png';

/** The chunks of a PNG file; each chunk's CRC is checked against zlib's on the way. */
function readChunks(png: Uint8Array) {
  const bytes = Buffer.from(png);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const crc = bytes.readUInt32BE(at + 8 + length);
    expect(crc, `${type} CRC`).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  return { signature: bytes.subarray(0, 8).toString('hex'), chunks };
}

describe('encodePng', () => {
  // Two colours, 2 × 3 pixels: red, white / white, red / red, red.
  const image = { palette: new Uint8Array([255, 0, 0, 255, 255, 255]), indices: new Uint8Array([0, 1, 1, 0, 0, 0]) };

  it('writes the signature, then IHDR, PLTE, IDAT and IEND', () => {
    const { signature, chunks } = readChunks(encodePng(2, 3, image, zlib));
    expect(signature).toBe('89504e470d0a1a0a');
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  });

  it('declares the size as 8-bit palette colour, and carries the palette as it is', () => {
    const [header, palette] = readChunks(encodePng(2, 3, image, zlib)).chunks;
    expect([header!.data.readUInt32BE(0), header!.data.readUInt32BE(4), header!.data[8], header!.data[9]]).toEqual([
      2, 3, 8, 3,
    ]);
    expect([...palette!.data]).toEqual([255, 0, 0, 255, 255, 255]);
  });

  it('stores every row unfiltered, indices unchanged', () => {
    const rows = inflateSync(readChunks(encodePng(2, 3, image, zlib)).chunks[2]!.data);
    expect([...rows]).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0]);
  });

  it('runs from its own text alone, as the card workers run it', () => {
    const copy = new Function(`return ${encodePng.toString()}`)() as typeof encodePng;
    expect(Buffer.from(copy(2, 3, image, zlib)).equals(Buffer.from(encodePng(2, 3, image, zlib)))).toBe(true);
  });

  it('refuses indices that do not fill the size, and a palette that is not 1 to 256 colours', () => {
    expect(() => encodePng(3, 3, image, zlib)).toThrow(/expected 9 palette indices for 3×3, got 6/);
    expect(() => encodePng(2, 3, { ...image, palette: new Uint8Array(4) }, zlib)).toThrow(
      /expected 1 to 256 RGB palette entries, got 4 bytes/,
    );
  });
});

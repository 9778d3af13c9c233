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
  const red = [255, 0, 0, 255];
  const clear = [0, 0, 0, 0];
  const pixels = new Uint8Array([...red, ...clear, ...clear, ...red, ...red, ...red]); // 2 × 3

  it('writes the signature, then IHDR, IDAT and IEND', async () => {
    const { signature, chunks } = readChunks(await encodePng(2, 3, pixels));
    expect(signature).toBe('89504e470d0a1a0a');
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('declares the size as 8-bit RGBA', async () => {
    const header = readChunks(await encodePng(2, 3, pixels)).chunks[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([2, 3, 8, 6]);
  });

  it('stores every row unfiltered, pixels unchanged', async () => {
    const rows = inflateSync(readChunks(await encodePng(2, 3, pixels)).chunks[1]!.data);
    expect([...rows]).toEqual([0, ...red, ...clear, 0, ...clear, ...red, 0, ...red, ...red]);
  });

  it('refuses pixels that do not fill the size', async () => {
    await expect(encodePng(3, 3, pixels)).rejects.toThrow(/expected 36 bytes of RGBA for 3×3, got 24/);
  });
});

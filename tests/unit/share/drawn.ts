import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { cardFaces } from '../../../src/lib/share/card-fonts';
import { drawCard } from '../../../src/lib/share/draw-pool';

/** A palette PNG's size, palette and rows (each row's filter byte first), as the cards are written. */
export function readPalettePng(png: Uint8Array) {
  const bytes = Buffer.from(png);
  let palette = Buffer.alloc(0);
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'PLTE') palette = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    palette,
    rows: inflateSync(Buffer.concat(data)),
  };
}

/** A card as the build draws it, read pixel by pixel: each pixel's colour as `#rrggbb`. */
export async function drawn(svg: string) {
  const { files } = await cardFaces(mkdtempSync(join(tmpdir(), 'borderlines-faces-')));
  const { width, height, palette, rows } = readPalettePng(await drawCard(svg, files));
  const rgb = (x: number, y: number) => {
    const at = rows[y * (width + 1) + 1 + x]! * 3;
    return [...palette.subarray(at, at + 3)];
  };
  const colourAt = (x: number, y: number) =>
    `#${rgb(x, y)
      .map((v) => v.toString(16).padStart(2, '0'))
      .join('')}`;
  /** How dark a pixel is, 0 (white) to 255 (black). */
  const inkAt = (x: number, y: number) => 255 - rgb(x, y).reduce((sum, v) => sum + v, 0) / 3;
  return { width, height, colourAt, inkAt };
}

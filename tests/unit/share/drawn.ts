import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardFaces } from '../../../src/lib/share/card-fonts';
import { drawCard } from '../../../src/lib/share/draw-pool';

/** A card as the build draws it, read pixel by pixel: each pixel's colour as `#rrggbb`. */
export async function drawn(svg: string) {
  const { files } = await cardFaces(mkdtempSync(join(tmpdir(), 'borderlines-faces-')));
  const { width, height, palette, indices } = await drawCard(svg, files);
  const colourAt = (x: number, y: number) => {
    const at = indices[y * width + x]! * 3;
    return `#${[...palette.subarray(at, at + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };
  /** How dark a pixel is, 0 (white) to 255 (black). */
  const inkAt = (x: number, y: number) => {
    const at = indices[y * width + x]! * 3;
    return 255 - (palette[at]! + palette[at + 1]! + palette[at + 2]!) / 3;
  };
  return { width, height, colourAt, inkAt };
}

import { describe, expect, test } from 'vitest';
import { composeLayers, type DrawnLayer } from '../../../src/lib/share/compose-layers';

/** A layer of one premultiplied RGBA colour. */
const flat = (width: number, height: number, rgba: number[], window?: DrawnLayer['window']): DrawnLayer => ({
  width,
  height,
  pixels: new Uint8Array(Array.from({ length: width * height }, () => rgba).flat()),
  ...(window && { window }),
});
const pixel = (pixels: Uint8Array, width: number, x: number, y: number) => [
  ...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 4),
];

describe('composeLayers', () => {
  test('lays a half-covering red over white as SVG would paint it, and leaves the first layer as it was', () => {
    const white = flat(2, 1, [255, 255, 255, 255]);
    const out = composeLayers([white, flat(2, 1, [128, 0, 0, 128])]);
    expect(pixel(out, 2, 0, 0)).toEqual([255, 127, 127, 255]);
    expect(pixel(white.pixels, 2, 0, 0)).toEqual([255, 255, 255, 255]);
  });

  test('an opaque pixel covers, a transparent one leaves what is under it', () => {
    const under = flat(2, 1, [10, 20, 30, 255]);
    const over: DrawnLayer = { width: 2, height: 1, pixels: new Uint8Array([200, 100, 50, 255, 0, 0, 0, 0]) };
    const out = composeLayers([under, over]);
    expect([pixel(out, 2, 0, 0), pixel(out, 2, 1, 0)]).toEqual([
      [200, 100, 50, 255],
      [10, 20, 30, 255],
    ]);
  });

  test('a window shows the layer from its own corner inside the window only, and nothing where the layer ends', () => {
    const card = flat(4, 3, [255, 255, 255, 255]);
    // A 3×2 ground, each pixel its own shade of blue; the window is the card's 2×2 box at (1, 1),
    // taking the ground from (2, 0): only its last column falls inside the ground.
    const ground: DrawnLayer = {
      width: 3,
      height: 2,
      pixels: new Uint8Array(Array.from({ length: 6 }, (_, i) => [0, 0, i * 40, 255]).flat()),
      window: { x: 1, y: 1, width: 2, height: 2, left: 2, top: 0 },
    };
    const out = composeLayers([card, ground]);
    const blue = (x: number, y: number) => pixel(out, 4, x, y).join(',');
    expect([blue(1, 1), blue(1, 2), blue(2, 1), blue(0, 1), blue(3, 1)]).toEqual([
      '0,0,80,255',
      '0,0,200,255',
      '255,255,255,255',
      '255,255,255,255',
      '255,255,255,255',
    ]);
  });

  test('runs from its own text alone, as the card workers run it', () => {
    const copy = new Function(`return ${composeLayers.toString()}`)() as typeof composeLayers;
    expect(pixel(copy([flat(1, 1, [0, 0, 0, 255]), flat(1, 1, [255, 255, 255, 255])]), 1, 0, 0)).toEqual([
      255, 255, 255, 255,
    ]);
  });
});

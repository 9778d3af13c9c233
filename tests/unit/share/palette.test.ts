import { describe, expect, it } from 'vitest';
import { quantise } from '../../../src/lib/share/palette';

/** Opaque RGBA pixels from `#rrggbb` colours. */
const rgba = (colours: string[]) =>
  new Uint8Array(colours.flatMap((hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).concat(255)));

/** Each pixel's colour after quantising, as `#rrggbb`. */
function colours({ palette, indices }: ReturnType<typeof quantise>): string[] {
  return [...indices].map(
    (i) => `#${[...palette.subarray(i * 3, i * 3 + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`,
  );
}

describe('quantise', () => {
  it('keeps an image of a few distinct colours exactly, each colour once in the palette', () => {
    const image = ['#fffdf7', '#8a2c0d', '#fffdf7', '#cfe0ea', '#1c1b19', '#8a2c0d'];
    const cut = quantise(rgba(image));
    expect(colours(cut)).toEqual(image);
    expect(cut.palette.length).toBe(4 * 3);
  });

  it('never makes more colours than it is allowed, and gives the fullest colours their exact value', () => {
    // A flat background, a flat red area, and many rare colours (antialiased edges).
    const rare = Array.from({ length: 300 }, (_, i) => `#${(i * 50_000).toString(16).padStart(6, '0').slice(-6)}`);
    const image = [...Array(2000).fill('#fffdf7'), ...Array(500).fill('#b91c1c'), ...rare];
    const cut = quantise(rgba(image), 16);
    expect(cut.palette.length).toBe(16 * 3);
    const out = colours(cut);
    expect(out.slice(0, 2500)).toEqual(image.slice(0, 2500));
    expect(new Set(out).size).toBeLessThanOrEqual(16);
  });

  it('keeps a flat colour exact beside another a few levels away, the one most pixels have', () => {
    // The page's paper and the map's region fill fall in one fine box.
    const image = [...Array(60).fill('#fbfaf7'), ...Array(40).fill('#fffdf7')];
    expect(new Set(colours(quantise(rgba(image))))).toEqual(new Set(['#fbfaf7']));
  });

  it('counts runs of a colour as it counts single pixels: a tie stays with the colour first seen', () => {
    // Two colours of one fine box; the box's colour is the one its pixels' vote leaves standing.
    const [paper, region] = ['#fbfaf7', '#fffdf7'];
    const box = (image: string[]) => [...new Set(colours(quantise(rgba(image))))];
    expect(box([paper, paper, region, region])).toEqual([paper]);
    expect(box([region, region, paper, paper])).toEqual([region]);
    // Three pixels of one colour outlast a lead of two, and win with one to spare.
    expect(box([paper, paper, region, region, region])).toEqual([region]);
    expect(box([paper, region, paper, region, region])).toEqual([region]);
    expect(box([region, paper, paper, paper, region])).toEqual([paper]);
  });

  it('reads pixels that do not start on a four-byte boundary', () => {
    const bytes = new Uint8Array(1 + 8);
    bytes.set(rgba(['#123456', '#abcdef']), 1);
    expect(colours(quantise(bytes.subarray(1)))).toEqual(['#123456', '#abcdef']);
  });

  it('draws an edge pixel close to a flat colour in that colour, and keeps shades far apart apart', () => {
    const image = [...Array(100).fill('#b91c1c'), '#bc1a1e', ...Array(100).fill('#fffdf7'), '#e7e3da'];
    expect(colours(quantise(rgba(image)))).toEqual([
      ...Array(101).fill('#b91c1c'),
      ...Array(100).fill('#fffdf7'),
      '#e7e3da',
    ]);
  });

  it('gives a colour left out of the palette the nearest that is in it', () => {
    const image = [...Array(10).fill('#000000'), ...Array(10).fill('#ffffff'), ...Array(9).fill('#ff0000'), '#d02020'];
    // Allowed three colours, the dark red pixel joins red, not black or white.
    expect(colours(quantise(rgba(image), 3)).at(-1)).toBe('#ff0000');
  });

  it('runs from its own text alone, as the card workers run it', () => {
    const copy = new Function(`return ${quantise.toString()}`)() as typeof quantise;
    expect(colours(copy(rgba(['#123456', '#abcdef'])))).toEqual(['#123456', '#abcdef']);
  });
});

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

// Cards drawn here go to a cache of their own, not the site's.
const cache = mkdtempSync(join(tmpdir(), 'borderlines-cards-'));
let renderPng: (svg: string) => Promise<Uint8Array>;
beforeAll(async () => {
  process.env.BORDERLINES_CACHE_DIR = cache;
  ({ renderPng } = await import('../../../src/lib/share/render-png'));
});

const square = (colour: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="${colour}"/></svg>`;
const size = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];

// Drawing starts the drawing pool's threads: seconds on a busy machine.
describe('renderPng', { timeout: 60_000 }, () => {
  test('draws an SVG to a PNG of the SVG’s own size', async () => {
    const png = await renderPng(square('#8a2c0d'));
    expect(Buffer.from(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(size(png)).toEqual([40, 20]);
  });

  test('draws several cards at once, each its own', async () => {
    const colours = ['#000000', '#ff0000', '#00ff00', '#0000ff', '#ffffff', '#123456'];
    const pngs = await Promise.all(colours.map((colour) => renderPng(square(colour))));
    expect(new Set(pngs.map((png) => Buffer.from(png).toString('base64'))).size).toBe(colours.length);
  });

  test('keeps what it drew, and a second request for the same card reads it back', async () => {
    const svg = square('#abcdef');
    const first = await renderPng(svg);
    const files = readdirSync(join(cache, 'cards')).length;
    expect(Buffer.from(await renderPng(svg)).equals(Buffer.from(first))).toBe(true);
    expect(readdirSync(join(cache, 'cards')).length).toBe(files);
  });

  test('an SVG resvg cannot read rejects with the reason instead of hanging the build', async () => {
    await expect(renderPng('<svg')).rejects.toThrow(/drawing a share card failed/);
  });
});

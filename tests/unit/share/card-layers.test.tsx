import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { cardLayers } from '../../../src/components/share/card-layers';
import ShareCard from '../../../src/components/share/ShareCard';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/share/card-layout';
import { cardFaces } from '../../../src/lib/share/card-fonts';
import { cardScript } from '../../../src/lib/share/card-script';
import { drawCard, type CardDrawing } from '../../../src/lib/share/draw-pool';
import type { ShareTarget } from '../../../src/lib/share/targets';
import { readPalettePng } from './drawn';
import { editionCards } from './edition-cards';

const editions = { en: editionCards('en'), fa: editionCards('fa'), ps: editionCards('ps') };
const faces = (await cardFaces(mkdtempSync(join(tmpdir(), 'borderlines-faces-')))).files;

/** A card as the build draws it, each pixel's colour as [r, g, b] by its place in reading order. */
async function drawnPixels(card: CardDrawing) {
  const { width, palette, rows } = readPalettePng(await drawCard(card, faces));
  return (i: number) => {
    const at = rows[Math.floor(i / width) * (width + 1) + 1 + (i % width)]! * 3;
    return [...palette.subarray(at, at + 3)];
  };
}

/** How far two drawings of a card are apart: how many pixels differ by more than `by`, and the most any does. */
async function difference(a: CardDrawing, b: CardDrawing, by: number) {
  const [one, other] = await Promise.all([drawnPixels(a), drawnPixels(b)]);
  let pixels = 0;
  let most = 0;
  for (let i = 0; i < CARD_WIDTH * CARD_HEIGHT; i++) {
    const [x, y] = [one(i), other(i)];
    const apart = Math.max(...x.map((value, c) => Math.abs(value - y[c]!)));
    if (apart > by) pixels++;
    most = Math.max(most, apart);
  }
  return { share: pixels / (CARD_WIDTH * CARD_HEIGHT), most };
}

describe('a card drawn in layers', { timeout: 120_000 }, () => {
  for (const code of ['en', 'fa'] as const) {
    test(`looks as the same card drawn whole (${code}): round a marker, a border, a section's map and a timeline`, async () => {
      const { card, model, targets } = editions[code];
      const script = await cardScript(card.edition);
      const kinds = [
        targets.find((t) => t.highlight?.type === 'marker'),
        targets.find((t) => t.highlight?.type === 'border'),
        targets.find((t) => t.kind === 'section'),
        targets.find((t) => t.timeline),
      ];
      expect(kinds.every(Boolean)).toBe(true);
      for (const target of kinds as ShareTarget[]) {
        const props = { text: card, model, target, script };
        // Layers round their edges' pixels apart from the whole card, and an edge pixel a level or
        // two away may fall in the next palette group (palette.ts): a few edge pixels move a group
        // or two. A ground a pixel out, or a layer lost, moves thousands, by far more.
        const apart = await difference(renderToStaticMarkup(<ShareCard {...props} />), cardLayers(props), 12);
        expect(apart.share, target.id).toBeLessThan(0.005);
        expect(apart.most, target.id).toBeLessThanOrEqual(64);
      }
    });
  }

  test('every card round a place in the first analysis is drawn on a ground shared by its edition', async () => {
    for (const [code, { card, model, targets }] of Object.entries(editions)) {
      const script = await cardScript(card.edition);
      const placed = targets.filter((target) => target.highlight);
      const layers = placed.map((target) => cardLayers({ text: card, model, target, script }));
      expect(placed.length, code).toBeGreaterThan(5);
      expect(new Set(layers.map(([frame]) => frame!.svg)).size, code).toBe(1);
      const grounds = layers.filter((drawing) => drawing[1]?.shared && drawing[1].window);
      expect(grounds.length, code).toBe(placed.length);
      expect(new Set(grounds.map(([, ground]) => ground!.svg)).size, code).toBe(1);
    }
  });
});

import type { Box } from '../geo/labels';

/** Where a layer's pixels go on a card: the card's box (x, y, width, height) takes them from (left, top) on. */
export interface LayerWindow extends Box {
  left: number;
  top: number;
}

/** A layer of a card as drawn: resvg's pixels (RGBA, premultiplied), and where they go. */
export interface DrawnLayer {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** The part of the card the layer covers; the whole card, from its corner, without one. */
  window?: LayerWindow | undefined;
}

/**
 * A card drawn in layers, laid one over the next as SVG paints one element over the one before
 * (source over, on premultiplied pixels, rounded as resvg rounds). The first layer is the card,
 * opaque; each later one covers it whole or only its window's box, where the layer reaches. The
 * first layer's pixels are left as they were: a worker keeps it for the next card.
 *
 * The card workers run this function's own text, so it names nothing outside itself.
 */
export function composeLayers([card, ...over]: DrawnLayer[]): Uint8Array {
  if (!card) throw new Error('composeLayers: a card needs at least one layer');
  // A copy (a Buffer's slice would share the kept layer's memory), read a pixel at a time too.
  const out = new Uint8Array(card.pixels);
  const outWords = new Uint32Array(out.buffer, 0, card.width * card.height);
  for (const layer of over) {
    const aligned = layer.pixels.byteOffset % 4 === 0 ? layer.pixels : layer.pixels.slice();
    const words = new Uint32Array(aligned.buffer, aligned.byteOffset, layer.width * layer.height);
    const box = layer.window ?? { x: 0, y: 0, width: card.width, height: card.height, left: 0, top: 0 };
    // The columns and rows that are both in the window, on the card and in the layer.
    const [top, bottom] = [
      Math.max(0, -box.y, -box.top),
      Math.min(box.height, card.height - box.y, layer.height - box.top),
    ];
    const [left, right] = [
      Math.max(0, -box.x, -box.left),
      Math.min(box.width, card.width - box.x, layer.width - box.left),
    ];
    for (let row = top; row < bottom; row++) {
      const from = (box.top + row) * layer.width + box.left;
      const to = (box.y + row) * card.width + box.x;
      for (let column = left; column < right; column++) {
        const pixel = words[from + column]!;
        // Premultiplied, a transparent pixel is all zeros; an opaque one covers what is under it.
        if (pixel === 0) continue;
        const d = to + column;
        const s = (from + column) * 4;
        const alpha = aligned[s + 3]!;
        if (alpha === 255) {
          outWords[d] = pixel;
          continue;
        }
        for (let c = 0; c < 4; c++) out[d * 4 + c] = aligned[s + c]! + ((out[d * 4 + c]! * (255 - alpha) + 255) >> 8);
      }
    }
  }
  return out;
}

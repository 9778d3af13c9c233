import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAP_TEXT } from '../../../src/lib/geo/symbol-metrics';
import { CARD_MAP_BOX } from '../../../src/lib/share/card-layout';
import { CARD_TEXT, cropAround, groundWindow } from '../../../src/lib/share/card-map';

const scale = CARD_TEXT / MAP_TEXT;
const onPixel = (value: number) => Math.abs(value * scale - Math.round(value * scale)) < 1e-6;
const map = { width: 420, height: 289 };
const place = fc.record({
  x: fc.double({ min: -20, max: 440, noNaN: true }),
  y: fc.double({ min: -20, max: 310, noNaN: true }),
});

describe('a card’s map round a place', () => {
  test('shows a part of the map whose corner falls on a whole pixel, inside the map, round the place', () => {
    fc.assert(
      fc.property(place, (at) => {
        const view = cropAround(at, map);
        expect(onPixel(view.x) && onPixel(view.y)).toBe(true);
        expect(view.x).toBeGreaterThanOrEqual(0);
        expect(view.y).toBeGreaterThanOrEqual(0);
        expect(view.x + view.width).toBeLessThanOrEqual(map.width + 1e-9);
        expect(view.y + view.height).toBeLessThanOrEqual(map.height + 1e-9);
        // Centred on the place as far as the map allows, give or take the pixel it was moved by.
        const centre = Math.min(Math.max(at.x, view.width / 2), map.width - view.width / 2);
        expect(Math.abs(view.x + view.width / 2 - centre)).toBeLessThanOrEqual(1 / scale);
      }),
    );
  });

  test('is a window onto one ground for every place: the card box, from a whole pixel of the ground', () => {
    fc.assert(
      fc.property(place, (at) => {
        const view = cropAround(at, map);
        const ground = groundWindow(view, map, CARD_MAP_BOX);
        expect(ground).toBeDefined();
        expect(ground!.scale).toBeCloseTo(scale, 9);
        expect(ground!.size).toEqual({ width: Math.ceil(map.width * scale), height: Math.ceil(map.height * scale) });
        expect(ground!.window).toEqual({
          ...CARD_MAP_BOX,
          left: Math.round(view.x * scale),
          top: Math.round(view.y * scale),
        });
      }),
    );
  });

  test('a view off the pixels has no window: its card is drawn in one piece', () => {
    const view = { ...cropAround({ x: 200, y: 150 }, map) };
    expect(groundWindow({ ...view, x: view.x + 0.3 / scale }, map, CARD_MAP_BOX)).toBeUndefined();
  });
});

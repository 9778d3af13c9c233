import { describe, expect, test } from 'vitest';
import { placePopover, POPOVER_GAP } from '../../../src/lib/sync/popover-place';

const screen = { width: 390, height: 844 };
const popover = { width: 300, height: 200 };
const markerAt = (left: number, top: number) => ({ left, top, width: 20, height: 20 });

describe('placePopover', () => {
  test('a popover goes below its marker, centred on it, where the screen has room', () => {
    expect(placePopover(markerAt(185, 100), popover, screen)).toEqual({
      left: 45,
      top: 120 + POPOVER_GAP,
      side: 'below',
    });
  });

  test('near the bottom of the screen it goes above its marker', () => {
    const placed = placePopover(markerAt(185, 700), popover, screen);
    expect(placed.side).toBe('above');
    expect(placed.top + popover.height).toBe(700 - POPOVER_GAP);
  });

  test('just fitting below, it stays below', () => {
    const top = screen.height - 2 * POPOVER_GAP - popover.height - 20;
    expect(placePopover(markerAt(185, top), popover, screen).side).toBe('below');
    expect(placePopover(markerAt(185, top + 1), popover, screen).side).toBe('above');
  });

  test('where neither side holds it, it takes the side with more room and never starts above the screen', () => {
    const tall = { width: 300, height: 600 };
    expect(placePopover(markerAt(185, 300), tall, screen).side).toBe('below');
    const above = placePopover(markerAt(185, 600), tall, screen);
    expect(above).toMatchObject({ side: 'above', top: POPOVER_GAP });
  });

  test('it is kept off both edges of the screen', () => {
    expect(placePopover(markerAt(0, 100), popover, screen).left).toBe(POPOVER_GAP);
    expect(placePopover(markerAt(370, 100), popover, screen).left).toBe(screen.width - POPOVER_GAP - popover.width);
  });
});

/** A box on the screen, in CSS pixels, as `getBoundingClientRect` gives it. */
export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Room kept between a popover and its marker, and between a popover and the screen's edges. */
export const POPOVER_GAP = 8;

export type PopoverSide = 'below' | 'above';

/**
 * Where a marker's popover goes where the browser cannot anchor it with CSS (sync.css does the
 * same where it can): below the marker, or above it when the screen has no room below, or, when
 * neither side holds all of it, on the side with more room; centred on the marker and kept off the
 * screen's edges sideways, so in either reading direction.
 */
export function placePopover(
  marker: ScreenBox,
  popover: { width: number; height: number },
  screen: { width: number; height: number },
): { left: number; top: number; side: PopoverSide } {
  const roomBelow = screen.height - (marker.top + marker.height) - 2 * POPOVER_GAP;
  const roomAbove = marker.top - 2 * POPOVER_GAP;
  const side: PopoverSide = popover.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const top =
    side === 'below'
      ? marker.top + marker.height + POPOVER_GAP
      : Math.max(POPOVER_GAP, marker.top - POPOVER_GAP - popover.height);
  const centred = marker.left + marker.width / 2 - popover.width / 2;
  const left = Math.max(POPOVER_GAP, Math.min(centred, screen.width - POPOVER_GAP - popover.width));
  return { left, top, side };
}

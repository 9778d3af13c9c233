import { useEffect, type RefObject } from 'react';
import { placePopover } from '../../../lib/sync/popover-place';
import { byId, isInViewport, prefersReducedMotion } from './dom';

/**
 * Keeps a grouped marker's popover beside its marker. The pin is a box over the marker's ring,
 * inside the map's figure, so it scrolls with the map wherever the map scrolls: with the page, the
 * column beside the text or the docked map. Where the browser has CSS anchor positioning the
 * popover hangs from the pin (Chromium cannot anchor to an SVG element) and the browser keeps it
 * there and on screen; elsewhere this places it, and again on every scroll and resize. A marker
 * far off screen is brought into view first.
 */
export function usePopoverPlace(
  anchor: string,
  pin: RefObject<HTMLElement | null>,
  box: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    const ring = byId(anchor)?.querySelector('.marker-focus');
    const svg = ring?.closest('svg');
    const mark = pin.current;
    const popover = box.current;
    const figure = mark?.parentElement?.closest('figure');
    if (!ring || !svg || !mark || !popover || !figure) return;
    const px = (value: number) => `${value}px`;
    // Set through the CSSOM, which the content security policy allows (no style attribute), in
    // the figure's own coordinates, scrolled as the docked map's figure may be.
    const pinToMarker = () => {
      const { left, top, width, height } = ring.getBoundingClientRect();
      const frame = figure.getBoundingClientRect();
      const at = { left: left - frame.left + figure.scrollLeft, top: top - frame.top + figure.scrollTop };
      Object.assign(mark.style, { left: px(at.left), top: px(at.top), width: px(width), height: px(height) });
    };
    const byScript = !CSS.supports('anchor-name: --map-popover');
    const place = () => {
      pinToMarker();
      if (!byScript) return;
      const { left, top } = placePopover(
        mark.getBoundingClientRect(),
        { width: popover.offsetWidth, height: popover.offsetHeight },
        { width: document.documentElement.clientWidth, height: window.innerHeight },
      );
      Object.assign(popover.style, { left: px(left), top: px(top) });
    };
    place();
    mark.scrollIntoView({
      behavior: prefersReducedMotion() ? 'instant' : 'smooth',
      block: isInViewport(mark) ? 'nearest' : 'center',
    });
    const resized = new ResizeObserver(place);
    resized.observe(svg);
    const moved = byScript ? place : () => {};
    document.addEventListener('scroll', moved, { capture: true, passive: true });
    window.addEventListener('resize', moved);
    return () => {
      resized.disconnect();
      document.removeEventListener('scroll', moved, { capture: true });
      window.removeEventListener('resize', moved);
    };
  }, [anchor, pin, box]);
}

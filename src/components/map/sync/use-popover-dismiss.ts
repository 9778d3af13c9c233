import { useEffect, type RefObject } from 'react';
import { byId } from './dom';

/**
 * Focus and the ways out of a grouped marker's popover. It opens with its first event focused.
 * Escape closes it and goes back to the marker. Tab and Shift+Tab leave it as though it came right
 * after its marker in the map's reading order (Shift+Tab to the marker, Tab on to the map's next
 * link), and close it; so does focus going anywhere else, a press outside it, or its marker
 * leaving the screen (focus, if it was inside, goes back to the marker). A press on the marker
 * itself is left to its click, which toggles the popover (use-grouped-markers.ts).
 */
export function usePopoverDismiss(
  anchor: string,
  pin: RefObject<HTMLElement | null>,
  box: RefObject<HTMLElement | null>,
  onClose: () => void,
) {
  useEffect(() => {
    const marker = byId(anchor);
    const popover = box.current;
    const mark = pin.current;
    if (!marker || !popover || !mark) return;
    const links = [...popover.querySelectorAll<HTMLElement>('a')];
    const mapLinks = [...(marker.closest('svg')?.querySelectorAll<SVGElement>('a') ?? [])];
    (links[0] ?? popover).focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      const at = document.activeElement;
      const next =
        event.key === 'Escape' || (event.key === 'Tab' && event.shiftKey && (at === popover || at === links[0]))
          ? marker
          : event.key === 'Tab' && !event.shiftKey && at === links.at(-1)
            ? mapLinks[mapLinks.indexOf(marker as Element as SVGElement) + 1]
            : undefined;
      if (!next) return;
      event.preventDefault();
      event.stopPropagation();
      next.focus();
      onClose();
    };
    const outside = (event: Event) => {
      const target = event.target as Node;
      if (!popover.contains(target) && !marker.contains(target)) onClose();
    };
    // Closed once its marker, having been on screen, leaves it: scrolled away, the popover would
    // otherwise hang on nothing.
    let seen = false;
    const visible = new IntersectionObserver(([entry]) => {
      if (entry?.isIntersecting) seen = true;
      else if (seen) {
        if (popover.contains(document.activeElement)) marker.focus({ preventScroll: true });
        onClose();
      }
    });
    visible.observe(mark);
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', outside);
    document.addEventListener('pointerdown', outside);
    return () => {
      visible.disconnect();
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', outside);
      document.removeEventListener('pointerdown', outside);
    };
  }, [anchor, pin, box, onClose]);
}

import { useCallback, useEffect, useState } from 'react';

/**
 * The grouped markers and their popover: which one is open and where the popover goes
 * (in the map's figure, right after the map, so that a screen reader reads it after the map's
 * links and it scrolls with the map). Each grouped marker says that it opens a dialog, and whether
 * its own is open: only the script says so, as without it the marker is a plain link to its entry
 * in the list of places.
 */
export function useGroupedMarkers(map: () => Element | null) {
  const [open, setOpen] = useState<string | null>(null);
  const [host, setHost] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const svg = map();
    if (!svg) return;
    const element = document.createElement('div');
    element.className = 'map-popover-host';
    svg.after(element);
    setHost(element);
    return () => element.remove();
  }, [map]);

  useEffect(() => {
    map()
      ?.querySelectorAll('a[data-events]')
      .forEach((marker) => {
        marker.setAttribute('aria-haspopup', 'dialog');
        marker.setAttribute('aria-expanded', String(marker.id === open));
      });
  }, [map, open]);

  // A grouped marker opens its popover, and closes it when pressed again.
  const toggle = useCallback((anchor: string) => setOpen((current) => (current === anchor ? null : anchor)), []);
  const close = useCallback(() => setOpen(null), []);
  return { open, toggle, close, host };
}

import { useCallback } from 'react';
import type { SyncData } from '../../../lib/sync/sync-data';
import { isInViewport, mapBesideText, prefersReducedMotion } from './dom';
import { fill } from '../../../lib/i18n/sync-words';

interface ShowOnMap {
  data: SyncData;
  map: () => Element | null;
  setCurrent: (anchors: string[]) => void;
  dock: (next: boolean) => void;
  enterMap: (from: HTMLElement, anchor: string) => void;
  announce: (message: string) => void;
}

/**
 * "On the map" and place names in the text: marks the places, brings the map into view (docking
 * it on a phone) and says what is marked. A keyboard reader (`from`) is taken to the first place,
 * as the plain link would without script, and Escape brings them back; a pointer reader stays in
 * the text and sees them marked.
 */
export function useShowOnMap({ data, map, setCurrent, dock, enterMap, announce }: ShowOnMap) {
  return useCallback(
    (anchors: string[], from?: HTMLElement) => {
      setCurrent(anchors);
      const svg = map();
      if (!mapBesideText()) dock(true);
      else if (svg && !isInViewport(svg))
        svg.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'center' });
      if (from && anchors[0]) enterMap(from, anchors[0]);
      const names = anchors.map((anchor) => data.links.find((link) => link.anchor === anchor)?.name).filter(Boolean);
      announce(fill(data.words.onTheMap, { names: names.join(data.words.separator) }));
    },
    [data, map, setCurrent, dock, enterMap, announce],
  );
}

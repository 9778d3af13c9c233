import { useEffect, useState } from 'react';
import { MAP_BESIDE_TEXT } from '../../../lib/sync/layout';
import { byId, nowAndWhenParsed } from './dom';

/**
 * Where the filters go: beside the text they sit above the map; on a phone they join the
 * timeline, below the text, so that nothing the script adds pushes the article down as it loads.
 */
export function useFilterSlot(): Element | null {
  const [slot, setSlot] = useState<Element | null>(null);
  useEffect(() => {
    const wide = window.matchMedia(MAP_BESIDE_TEXT);
    const place = () => setSlot(byId(wide.matches ? 'map-filters-slot' : 'timeline-filters-slot'));
    const undo = nowAndWhenParsed(place);
    wide.addEventListener('change', place);
    return () => {
      undo();
      wide.removeEventListener('change', place);
    };
  }, []);
  return slot;
}

import { useEffect, useState } from 'react';
import { byId, nowAndWhenParsed } from './dom';

/**
 * The element a control is rendered into: the one `pick` names, once the page has it (the island
 * can wake before the end of a long article), named again whenever `query` starts or stops
 * matching. `pick` should be a function of the module, not made anew on each render.
 */
export function useSlot(pick: (matches: boolean) => string, query = 'all'): Element | null {
  const [slot, setSlot] = useState<Element | null>(null);
  useEffect(() => {
    const media = window.matchMedia(query);
    const place = () => setSlot(byId(pick(media.matches)));
    const undo = nowAndWhenParsed(place);
    media.addEventListener('change', place);
    return () => {
      undo();
      media.removeEventListener('change', place);
    };
  }, [pick, query]);
  return slot;
}

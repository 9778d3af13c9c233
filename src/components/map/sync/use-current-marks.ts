import { useEffect, useState } from 'react';
import { markCurrent, showCurrentInDock } from './dom';

/**
 * The one writer of `aria-current` on the map. Whatever decides which places are current (the
 * fragment, "On the map") calls the returned setter; only this hook touches the attribute, so
 * the last decision is the one the reader sees, in the docked map's window too.
 */
export function useCurrentMarks(map: () => Element | null): (anchors: string[]) => void {
  const [current, setCurrent] = useState<string[] | null>(null);
  useEffect(() => {
    if (!current) return;
    markCurrent(map(), current);
    showCurrentInDock();
  }, [current, map]);
  return setCurrent;
}

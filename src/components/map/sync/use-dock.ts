import { useCallback, useState } from 'react';
import { byId } from './dom';

/**
 * On a phone the map can be docked at the top of the screen. Docking takes the map out of the
 * flow above the text; the text is scrolled back by as much, so the line the reader was on stays
 * where it was.
 */
export function useDock(): { docked: boolean; dock: (next: boolean) => void } {
  const [docked, setDocked] = useState(false);
  const dock = useCallback((next: boolean) => {
    const probe = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    const before = probe?.getBoundingClientRect().top;
    byId('map')?.classList.toggle('is-docked', next);
    document.documentElement.classList.toggle('has-docked-map', next);
    const after = probe?.getBoundingClientRect().top;
    if (before !== undefined && after !== undefined) window.scrollBy({ top: after - before, behavior: 'instant' });
    setDocked(next);
  }, []);
  return { docked, dock };
}

import { useCallback, useState } from 'react';
import { byId, showCurrentInDock } from './dom';

/**
 * On a phone the map can be docked at the top of the screen. Docking takes the map out of the
 * flow above the text; the text is scrolled back by as much, so the line the reader was on stays
 * where it was. Passages the page scrolls to land below the docked map, however tall its frame
 * made it, and the map shows the places the text marks.
 */
export function useDock(): { docked: boolean; dock: (next: boolean) => void } {
  const [docked, setDocked] = useState(false);
  const dock = useCallback((next: boolean) => {
    const probe = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    const before = probe?.getBoundingClientRect().top;
    const column = byId('map');
    column?.classList.toggle('is-docked', next);
    // Set through the CSSOM, which the content security policy allows (no style attribute in the HTML).
    document.documentElement.style.scrollPaddingTop = next && column ? `${column.offsetHeight + 8}px` : '';
    const after = probe?.getBoundingClientRect().top;
    if (before !== undefined && after !== undefined) window.scrollBy({ top: after - before, behavior: 'instant' });
    if (next) showCurrentInDock();
    setDocked(next);
  }, []);
  return { docked, dock };
}

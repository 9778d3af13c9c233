import { useEffect } from 'react';
import type { SyncData } from '../../../lib/geo/map-links';
import { resolveHash } from '../../../lib/sync/resolve-hash';
import { byId, isInViewport, markCurrent, markPassage } from './dom';

/**
 * Follows the fragment: on load, on the reader's clicks and on Back and Forward it highlights
 * the passage, moves focus to it and marks its places on the map. The browser itself scrolls
 * (smoothly, unless the reader asked for reduced motion) and keeps the history.
 */
export function useHashSync(data: SyncData, map: () => Element | null, announce: (message: string) => void) {
  useEffect(() => {
    const apply = (initial = false) => {
      const resolved = resolveHash(window.location.hash, data);
      const passage = markPassage(resolved?.passage);
      markCurrent(map(), resolved?.targets ?? []);
      if (!resolved) return;
      passage?.focus({ preventScroll: true });
      // The browser lands on the fragment itself; on a first load, if something moved the page
      // since (a restored scroll position, late layout), land again.
      const landing = passage ?? (resolved.section ? byId(resolved.section) : null);
      if (initial && landing && !isInViewport(landing)) landing.scrollIntoView({ block: 'start' });
      const event = resolved.event ? data.events.find((e) => e.id === resolved.event) : undefined;
      if (event) announce(`${event.title}, ${event.date}`);
      else if (resolved.targets.length > 0 && resolved.passage)
        announce('Passage highlighted, with its places marked on the map');
    };
    apply(true);
    const onHashChange = () => apply();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [data, map, announce]);
}

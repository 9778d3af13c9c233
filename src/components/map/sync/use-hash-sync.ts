import { useEffect } from 'react';
import type { SyncData } from '../../../lib/sync/sync-data';
import { resolveHash } from '../../../lib/sync/resolve-hash';
import { sayEvent } from '../../../lib/sync/say';
import { byId, isInViewport, markPassage } from './dom';

/**
 * Follows the fragment: on load, on the reader's clicks and on Back and Forward it highlights
 * the passage, moves focus to it and marks its places on the map. The browser itself scrolls
 * (smoothly, unless the reader asked for reduced motion) and keeps the history.
 */
export function useHashSync(
  data: SyncData,
  setCurrent: (anchors: string[]) => void,
  announce: (message: string) => void,
) {
  useEffect(() => {
    const apply = (initial = false) => {
      const resolved = resolveHash(window.location.hash, data);
      const passage = markPassage(resolved?.passage);
      setCurrent(resolved?.targets ?? []);
      if (!resolved) return;
      passage?.focus({ preventScroll: true });
      // The browser lands on the fragment itself. On a first load something may have moved the
      // page since (a restored scroll position, late layout); on Forward the browser restores
      // the position it saved, which is short of the passage if the reader went Back while the
      // page was still scrolling to it. Either way, once the browser is done, land on the passage.
      const landing = passage ?? (resolved.section ? byId(resolved.section) : null);
      if (landing && (initial || passage)) {
        window.requestAnimationFrame(() => {
          if (!isInViewport(landing)) landing.scrollIntoView({ block: 'start' });
        });
      }
      // A passage the map links to is named by its events, and says so as focus lands; an event's
      // link also has its date and hedges said. What the map now marks is seen, not said.
      const event = resolved.event ? data.events.find((e) => e.id === resolved.event) : undefined;
      if (event) announce(sayEvent(data.words, event));
    };
    apply(true);
    const onHashChange = () => apply();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [data, setCurrent, announce]);
}

import { useEffect } from 'react';
import type { SyncData } from '../../../lib/sync/sync-data';
import { resolveHash } from '../../../lib/sync/resolve-hash';
import { sayEvent } from '../../../lib/sync/say';
import { isInViewport, markPassage } from './dom';

/**
 * Follows the fragment: on the reader's clicks and on Back and Forward it highlights the passage,
 * moves focus to it and marks its places on the map. The browser itself scrolls (smoothly, unless
 * the reader asked for reduced motion) and keeps the history. When the island wakes, the passage
 * the address names (a shared link, or a link followed before the script came) is highlighted and
 * marked on the map, and nothing more: the browser has landed on it, the reader may have moved on
 * since, and waking never moves focus or scroll, nor says anything.
 */
export function useHashSync(
  data: SyncData,
  setCurrent: (anchors: string[]) => void,
  announce: (message: string) => void,
) {
  useEffect(() => {
    const apply = (waking = false) => {
      const resolved = resolveHash(window.location.hash, data);
      const passage = markPassage(resolved?.passage);
      setCurrent(resolved?.targets ?? []);
      if (!resolved || waking) return;
      passage?.focus({ preventScroll: true });
      // On Forward the browser restores the position it saved, which is short of the passage if
      // the reader went Back while the page was still scrolling to it: once the browser is done,
      // land on the passage.
      if (passage) {
        window.requestAnimationFrame(() => {
          if (!isInViewport(passage)) passage.scrollIntoView({ block: 'start' });
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

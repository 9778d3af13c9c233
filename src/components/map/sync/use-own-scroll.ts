import { useCallback, useEffect, useRef } from 'react';
import { afterScrollEnd, isOwnScroll, steerTo, type OwnScroll } from '../../../lib/sync/play';

export interface OwnScrolling {
  /** The steps are scrolling the page (or docking the map, which scrolls it) from `from` to `to`. */
  steer: (from: number, to: number) => void;
  /** Whether the page stands where the steps' scrolling passes: a scroll there is theirs. */
  isOwn: () => boolean;
  /** The reader took over: whatever the steps' last scroll was doing, the page is the reader's now. */
  forget: () => void;
}

/**
 * The page's own scrolling, told apart from the reader's by where it goes (lib/sync/play.ts)
 * rather than by when its events arrive: a scroll event can arrive a frame after whatever caused
 * it, and the end of one scroll after the start of the next.
 */
export function useOwnScroll(): OwnScrolling {
  const own = useRef<OwnScroll | null>(null);
  const moving = useRef(false);
  useEffect(() => {
    const scrolled = () => (moving.current = true);
    const ended = () => {
      moving.current = false;
      own.current = afterScrollEnd(own.current, window.scrollY);
    };
    window.addEventListener('scroll', scrolled, { passive: true });
    window.addEventListener('scrollend', ended);
    return () => {
      window.removeEventListener('scroll', scrolled);
      window.removeEventListener('scrollend', ended);
    };
  }, []);
  const steer = useCallback((from: number, to: number) => {
    own.current = steerTo(own.current, from, to, moving.current);
  }, []);
  const isOwn = useCallback(() => isOwnScroll(own.current, window.scrollY), []);
  const forget = useCallback(() => {
    own.current = null;
  }, []);
  return { steer, isOwn, forget };
}

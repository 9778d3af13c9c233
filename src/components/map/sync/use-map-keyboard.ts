import { useCallback, useEffect, useRef } from 'react';
import type { SyncData } from '../../../lib/sync/sync-data';
import { parseFilters } from '../../../lib/sync/filters';
import { isStepKey, stepIndex } from '../../../lib/sync/keyboard';
import { sayEvent } from '../../../lib/sync/say';
import { eventsToStep } from '../../../lib/sync/steps';
import { byId } from './dom';

/** The page's reading direction: in a right-to-left edition the left arrow steps forward. */
const readingDirection = () => (document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');

/**
 * Inside the map, the arrow keys (and Home and End) step through the events in date order that the
 * filters show, the horizontal arrows in the reading direction (see lib/sync/keyboard.ts), each
 * step said with the event's date and hedges, and a step past either end said as such; and
 * Escape leaves the map: for the link in the text that brought the reader in, if there is one,
 * else for the passage being read. Tab keeps its reading order. While a grouped marker's popover is
 * open, its Escape is the popover's own (use-popover-dismiss.ts).
 *
 * Returns `enterMap`, which takes keyboard focus from a link in the text to a place on the map.
 */
export function useMapKeyboard(data: SyncData, map: () => Element | null, announce: (message: string) => void) {
  /** The event the last step or focus reached, by id. */
  const current = useRef<string | null>(null);
  const cameFrom = useRef<HTMLElement | null>(null);

  const enterMap = useCallback((from: HTMLElement, anchor: string) => {
    const target = byId(anchor);
    if (!target) return;
    target.focus({ preventScroll: true });
    cameFrom.current = from;
  }, []);

  useEffect(() => {
    const svg = map();
    // Listen on the figure, not the SVG: Chromium makes an SVG element with a focus listener a
    // tab stop of its own, one the reader would pass through for nothing.
    const figure = svg?.parentElement;
    if (!svg || !figure) return;
    // The events on the map, in the timeline's order, as the controls under the map step through
    // them: what the filters leave out (kept in the address) is out of their way, as it is out of Tab's.
    const placed = eventsToStep(data.events);
    const shown = () => eventsToStep(data.events, parseFilters(window.location.search, data));
    const onFocus = (event: Event) => {
      if (!svg.contains(event.target as Node)) return;
      const anchor = (event.target as Element).closest('a')?.id;
      const at = placed.find((e) => e.id === current.current);
      if (anchor && at?.target !== anchor) current.current = placed.find((e) => e.target === anchor)?.id ?? null;
    };
    // Once focus has left the map by any way, Escape no longer owes anyone a way back.
    const onFocusOut = (event: FocusEvent) => {
      if (!figure.contains(event.relatedTarget as Node | null)) cameFrom.current = null;
    };
    const onKey = (event: Event) => {
      if (!svg.contains(event.target as Node)) return;
      const { key } = event as KeyboardEvent;
      if (key === 'Escape') {
        const back = cameFrom.current?.isConnected ? cameFrom.current : null;
        (back ?? document.querySelector<HTMLElement>('.passage.is-current') ?? byId('main'))?.focus();
        event.preventDefault();
        return;
      }
      if (!isStepKey(key)) return;
      event.preventDefault();
      const list = shown();
      const at = list.findIndex((e) => e.id === current.current);
      const index = stepIndex(at, key, list.length, readingDirection());
      if (index === at) {
        // Nothing further that way: say so, rather than nothing. A key that steps forward from
        // the middle of three lands on the last.
        announce(stepIndex(1, key, 3, readingDirection()) === 2 ? data.words.noLater : data.words.noEarlier);
        return;
      }
      const next = list[index];
      if (!next?.target) return;
      current.current = next.id;
      byId(next.target)?.focus();
      announce(sayEvent(data.words, next, { index, count: list.length }));
    };
    figure.addEventListener('focusin', onFocus);
    figure.addEventListener('focusout', onFocusOut);
    figure.addEventListener('keydown', onKey);
    return () => {
      figure.removeEventListener('focusin', onFocus);
      figure.removeEventListener('focusout', onFocusOut);
      figure.removeEventListener('keydown', onKey);
    };
  }, [data, map, announce]);

  return enterMap;
}

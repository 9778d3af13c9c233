import { useCallback, useEffect, useRef } from 'react';
import type { SyncData } from '../../../lib/sync/sync-data';
import { isStepKey, stepIndex } from '../../../lib/sync/keyboard';
import { eventsToStep } from '../../../lib/sync/steps';
import { byId } from './dom';
import { fill } from '../../../lib/i18n/sync-words';

/** The page's reading direction: in a right-to-left edition the left arrow steps forward. */
const readingDirection = () => (document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');

/**
 * Inside the map, the arrow keys (and Home and End) step through the events in date order, the
 * horizontal arrows in the reading direction (see lib/sync/keyboard.ts), and
 * Escape leaves the map: for the link in the text that brought the reader in, if there is one,
 * else for the passage being read. Tab keeps its reading order.
 *
 * Returns `enterMap`, which takes keyboard focus from a link in the text to a place on the map.
 */
export function useMapKeyboard(
  data: SyncData,
  map: () => Element | null,
  announce: (message: string) => void,
  onEscape: () => void,
) {
  const index = useRef(-1);
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
    // The events on the map, in the timeline's order, as the controls under the map step through them.
    const placed = eventsToStep(data.events);
    const onFocus = (event: Event) => {
      if (!svg.contains(event.target as Node)) return;
      const anchor = (event.target as Element).closest('a')?.id;
      if (anchor && placed[index.current]?.target !== anchor)
        index.current = placed.findIndex((e) => e.target === anchor);
    };
    // Once focus has left the map by any way, Escape no longer owes anyone a way back.
    const onFocusOut = (event: FocusEvent) => {
      if (!figure.contains(event.relatedTarget as Node | null)) cameFrom.current = null;
    };
    const onKey = (event: Event) => {
      if (!svg.contains(event.target as Node)) return;
      const { key } = event as KeyboardEvent;
      if (key === 'Escape') {
        onEscape();
        const back = cameFrom.current?.isConnected ? cameFrom.current : null;
        (back ?? document.querySelector<HTMLElement>('.passage.is-current') ?? byId('main'))?.focus();
        event.preventDefault();
        return;
      }
      if (!isStepKey(key)) return;
      event.preventDefault();
      index.current = stepIndex(index.current, key, placed.length, readingDirection());
      const next = placed[index.current];
      if (!next?.target) return;
      byId(next.target)?.focus();
      const count = new Intl.NumberFormat(data.words.numberLocales);
      announce(
        fill(data.words.step, {
          index: count.format(index.current + 1),
          count: count.format(placed.length),
          title: next.title,
          date: next.date,
        }),
      );
    };
    figure.addEventListener('focusin', onFocus);
    figure.addEventListener('focusout', onFocusOut);
    figure.addEventListener('keydown', onKey);
    return () => {
      figure.removeEventListener('focusin', onFocus);
      figure.removeEventListener('focusout', onFocusOut);
      figure.removeEventListener('keydown', onKey);
    };
  }, [data, map, announce, onEscape]);

  return enterMap;
}

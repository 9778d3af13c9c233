import { useEffect, useRef } from 'react';
import type { SyncData } from '../../../lib/geo/map-links';
import { isStepKey, stepIndex } from '../../../lib/sync/keyboard';
import { byId } from './dom';

/**
 * Inside the map, the arrow keys (and Home and End) step through the events in date order and
 * Escape leaves the map for the passage being read. Tab keeps its reading order.
 */
export function useMapKeyboard(
  data: SyncData,
  map: () => Element | null,
  announce: (message: string) => void,
  onEscape: () => void,
) {
  const index = useRef(-1);
  useEffect(() => {
    const svg = map();
    if (!svg) return;
    const placed = data.events.filter((event) => event.target);
    const onFocus = (event: Event) => {
      const anchor = (event.target as Element).closest('a')?.id;
      if (anchor && placed[index.current]?.target !== anchor)
        index.current = placed.findIndex((e) => e.target === anchor);
    };
    const onKey = (event: Event) => {
      const { key } = event as KeyboardEvent;
      if (key === 'Escape') {
        onEscape();
        const passage = document.querySelector<HTMLElement>('.passage.is-current') ?? byId('main');
        passage?.focus();
        event.preventDefault();
        return;
      }
      if (!isStepKey(key)) return;
      event.preventDefault();
      index.current = stepIndex(index.current, key, placed.length);
      const next = placed[index.current];
      if (!next?.target) return;
      byId(next.target)?.focus();
      announce(`${index.current + 1} of ${placed.length}: ${next.title}, ${next.date}`);
    };
    svg.addEventListener('focusin', onFocus);
    svg.addEventListener('keydown', onKey);
    return () => {
      svg.removeEventListener('focusin', onFocus);
      svg.removeEventListener('keydown', onKey);
    };
  }, [data, map, announce, onEscape]);
}

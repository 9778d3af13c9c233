import { useEffect } from 'react';
import { byId } from './dom';

/**
 * Hovering or focusing a timeline entry (or anything else that names map targets) previews its
 * place on the map, without changing what is current.
 */
export function usePreview() {
  useEffect(() => {
    const targetsOf = (event: Event) =>
      (
        (event.target as Element).closest?.('[data-timeline-event][data-map-targets]') as HTMLElement | null
      )?.dataset.mapTargets?.split(' ') ?? [];
    const show = (event: Event) => targetsOf(event).forEach((anchor) => byId(anchor)?.classList.add('is-previewed'));
    const hide = (event: Event) => targetsOf(event).forEach((anchor) => byId(anchor)?.classList.remove('is-previewed'));
    const events = [
      ['pointerover', show],
      ['focusin', show],
      ['pointerout', hide],
      ['focusout', hide],
    ] as const;
    events.forEach(([type, handler]) => document.addEventListener(type, handler));
    return () => events.forEach(([type, handler]) => document.removeEventListener(type, handler));
  }, []);
}

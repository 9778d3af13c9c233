import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NO_FILTERS, type Filters } from '../../../lib/sync/filters';
import { resolveHash } from '../../../lib/sync/resolve-hash';
import {
  eventsToStep,
  landedEvent,
  neighbour,
  NO_STEPS,
  sayStep,
  step,
  type StepInput,
  type Steps,
} from '../../../lib/sync/steps';
import type { SyncData } from '../../../lib/sync/sync-data';
import { byId, isWhollyInView, mapBesideText, markPassage, prefersReducedMotion, scrollStartOf } from './dom';
import { useOwnScroll } from './use-own-scroll';
import { usePlay } from './use-play';

interface UseSteps {
  data: SyncData;
  /** The reader's filters: the steps go through the events they show. */
  filters: Filters | null;
  setCurrent: (anchors: string[]) => void;
  dock: (next: boolean) => void;
  announce: (message: string) => void;
}

/**
 * The controls under the map that step through its events in timeline order. A step marks the
 * event on the map as following its marker would, highlights its passage and brings it into view
 * (below the map, docked on a phone), and says the event; focus stays on the control. The steps
 * go on from the event the reader last landed on by a link.
 */
export function useSteps({ data, filters, setCurrent, dock, announce }: UseSteps) {
  const [steps, setSteps] = useState<Steps>(NO_STEPS);
  const latest = useRef(steps);
  const said = useRef('');
  const order = useMemo(() => data.events.map((event) => event.id), [data]);
  const stepped = useMemo(() => eventsToStep(data.events, filters ?? NO_FILTERS), [data, filters]);
  const steppable = useMemo(() => new Set(stepped.map((event) => event.id)), [stepped]);
  const keep = useCallback((next: Steps) => {
    latest.current = next;
    setSteps(next);
  }, []);

  const ownScroll = useOwnScroll();
  const { steer } = ownScroll;
  const show = useCallback(
    (id: string) => {
      const event = stepped.find((e) => e.id === id)!;
      markPassage(event.passage);
      setCurrent([event.target!]);
      if (!mapBesideText()) {
        const from = window.scrollY;
        dock(true);
        steer(from, window.scrollY);
      }
      const passage = byId(event.passage);
      if (passage && !isWhollyInView(passage)) {
        steer(window.scrollY, scrollStartOf(passage));
        passage.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
      }
      said.current = sayStep(data.words, event, stepped.indexOf(event) + 1, stepped.length);
      announce(said.current);
    },
    [data, stepped, setCurrent, dock, announce, steer],
  );

  const act = useCallback(
    (input: StepInput) => {
      const outcome = step(latest.current, input, order, steppable);
      keep(outcome.steps);
      if (outcome.show) show(outcome.show);
      else if (outcome.notice) announce(data.words[outcome.notice]);
    },
    [data, order, steppable, show, announce, keep],
  );
  usePlay({ steps, latest, act, said, ownScroll });

  // Where a link lands the reader (a marker, a passage's address, Back), the steps go on from.
  useEffect(() => {
    const follow = () => {
      const at = landedEvent(resolveHash(window.location.hash, data), data.events);
      if (at) keep({ at, playing: false });
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [data, keep]);

  return {
    playing: steps.playing,
    hasEarlier: neighbour(order, steppable, steps.at, -1) !== undefined,
    hasLater: neighbour(order, steppable, steps.at, 1) !== undefined,
    act,
  };
}

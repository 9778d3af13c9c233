import { useEffect, type RefObject } from 'react';
import { paceFor, stopsPlay } from '../../../lib/sync/play';
import type { StepInput, Steps } from '../../../lib/sync/steps';
import type { OwnScrolling } from './use-own-scroll';

interface Play {
  steps: Steps;
  /** The steps as they stand now, for listeners that outlive a render. */
  latest: RefObject<Steps>;
  act: (input: StepInput) => void;
  /** What the step on show said, which sets how long Play stays on it. */
  said: RefObject<string>;
  ownScroll: OwnScrolling;
}

/** What the reader does that may stop Play (lib/sync/play.ts says which). */
const READER_INPUTS = ['wheel', 'pointerdown', 'keydown'] as const;

/**
 * Play's clock and its brakes: while Play is on, the next step comes once the reader has had time
 * for this one's words (or after the milliseconds in the controls' `data-step-pace`), and
 * anything the reader does but press a control, scrolling included, stops it, as does leaving the
 * page. Nothing here starts it.
 */
export function usePlay({ steps, latest, act, said, ownScroll }: Play) {
  useEffect(() => {
    if (!steps.playing) return;
    const pace = document.querySelector<HTMLElement>('.map-steps')?.dataset.stepPace;
    const timer = window.setTimeout(() => act('tick'), paceFor(said.current, pace));
    return () => window.clearTimeout(timer);
  }, [steps, act, said]);

  const { isOwn, forget } = ownScroll;
  useEffect(() => {
    const onInput = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const input = {
        type: event.type,
        key: event instanceof KeyboardEvent ? event.key : undefined,
        onControls: !!target?.closest('.map-steps'),
        ownScroll: event.type === 'scroll' && isOwn(),
      };
      if (!stopsPlay(input)) return;
      if (input.type !== 'scroll') forget();
      if (latest.current.playing) act('pause');
    };
    const onHidden = () => document.hidden && act('pause');
    const options = { capture: true, passive: true };
    READER_INPUTS.forEach((type) => document.addEventListener(type, onInput, options));
    window.addEventListener('scroll', onInput, { passive: true });
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      READER_INPUTS.forEach((type) => document.removeEventListener(type, onInput, options));
      window.removeEventListener('scroll', onInput);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [latest, act, isOwn, forget]);
}

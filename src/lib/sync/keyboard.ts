/**
 * Keys that move through the map's events in date order, and how far, for text that reads left
 * to right. Down is always later and Up earlier; in a right-to-left edition Left and Right swap,
 * so that the arrow pointing the way the text reads moves on in time, as in the timeline.
 */
const STEPS: Record<string, number | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

const MIRRORED: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

export const isStepKey = (key: string) => key in STEPS;

/**
 * The next event to focus: `current` is an index into the events that have a place on the map
 * (-1 when none is focused yet); stepping stops at either end rather than wrapping.
 */
export function stepIndex(current: number, key: string, count: number, direction: 'ltr' | 'rtl' = 'ltr'): number {
  const mirrored = direction === 'rtl' ? MIRRORED[key] : undefined;
  const step = STEPS[mirrored ?? key];
  if (step === undefined || count === 0) return current;
  if (step === 'first') return 0;
  if (step === 'last') return count - 1;
  if (current < 0) return step > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + step));
}

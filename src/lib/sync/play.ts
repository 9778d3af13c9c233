/**
 * Play's pace: on each step, time to find the event on the map and its passage beside it, then
 * to read or hear what the step says at 150 words a minute. That is the slow end of reading
 * aloud and of a screen reader's usual rate, slower than most people read silently, so that a
 * reader in a second language, or one listening, is not left behind. A short step
 * ("3 of 16: The Taliban take Kabul, August 2021") stays about 8 s, a long hedge about 15 s.
 */
const SECONDS_TO_LOOK = 4;
const SECONDS_PER_WORD = 60 / 150;

/**
 * How long Play stays on a step that says `message`, in milliseconds. `override`, when it is a
 * number of milliseconds, replaces it: the page's tests set it (`data-step-pace` on the controls)
 * rather than wait on the clock.
 */
export function paceFor(message: string, override?: string): number {
  const set = Number(override?.trim() || NaN);
  if (set >= 0) return set;
  const words = message.split(/\s+/).filter(Boolean).length;
  return Math.round((SECONDS_TO_LOOK + words * SECONDS_PER_WORD) * 1000);
}

/**
 * The stretch of the page the steps' own scrolling crosses, in scroll positions: from where the
 * page was to where a step sends it (`to`), and the stretch of any scroll of theirs it cuts short.
 * A scroll within it is theirs, whenever its event arrives; one outside it is the reader's, except
 * while a scroll already under way when the step began (the reader's wheel still gliding, a link's
 * landing) runs on: that was no new doing of the reader's.
 */
export interface OwnScroll {
  low: number;
  high: number;
  to: number;
  /** A scroll was under way when the step began, and has not ended yet. */
  underWay: boolean;
}

/** Scroll positions are fractions of a pixel, rounded differently along the way. */
const SLACK = 2;

/** The steps are about to scroll the page from `from` to `to`, maybe while another scroll still runs. */
export const steerTo = (own: OwnScroll | null, from: number, to: number, underWay = false): OwnScroll => ({
  low: Math.min(from, to, own?.low ?? from),
  high: Math.max(from, to, own?.high ?? from),
  to,
  underWay: underWay || (own?.underWay ?? false),
});

export const isOwnScroll = (own: OwnScroll | null, at: number): boolean =>
  own !== null && (own.underWay || (at >= own.low - SLACK && at <= own.high + SLACK));

/** When a scroll ends: at the steps' destination their scrolling is over; elsewhere, only a scroll they found under way. */
export const afterScrollEnd = (own: OwnScroll | null, at: number): OwnScroll | null =>
  own && Math.abs(at - own.to) <= SLACK ? null : own && { ...own, underWay: false };

/** Something the reader did while Play was on. */
export interface ReaderInput {
  /** The DOM event's type: wheel, pointerdown (a touch begins with one too), keydown, scroll. */
  type: string;
  /** For a key, which (KeyboardEvent.key). */
  key?: string | undefined;
  /** It happened on the step controls themselves, whose own buttons decide what it does. */
  onControls?: boolean;
  /** A scroll the steps started (bringing a passage into view, docking the map): see `isOwnScroll`. */
  ownScroll?: boolean;
}

/** The keys that press the focused button: on a step control, the control decides. */
const PRESSING = new Set(['Enter', ' ']);

/**
 * Whether what the reader did stops Play: scrolling (the wheel, over the controls too), a click
 * or a tap anywhere but on the controls, and any key at all but the one pressing a control (Tab
 * away from Play stops it too). Only the page's own scrolling is the steps' and does not.
 */
export const stopsPlay = ({ type, key = '', onControls = false, ownScroll = false }: ReaderInput): boolean =>
  type === 'wheel' ||
  (type === 'pointerdown' && !onControls) ||
  (type === 'keydown' && !(onControls && PRESSING.has(key))) ||
  (type === 'scroll' && !ownScroll);

import type { SyncWords } from '../../lib/i18n/sync-words';

type Control = 'previous' | 'play' | 'next';

interface Props {
  words: SyncWords;
  /** Play is on: its button is pressed. */
  playing: boolean;
  /** Whether there is an event to step back or on to; without one the control says so when pressed. */
  hasEarlier: boolean;
  hasLater: boolean;
  onStep: (control: Control) => void;
}

/**
 * Under the map, once the script runs: Previous, Play and Next through the events in time. Play
 * is one toggle whose name stays and whose pressed state says whether it plays. A control with
 * nowhere to go stays focusable (aria-disabled), so that pressing it says why nothing moved. Their
 * symbols are the stylesheet's (sync.css), mirrored in a right-to-left edition.
 */
export default function MapSteps({ words, playing, hasEarlier, hasLater, onStep }: Props) {
  const button = (control: Control, label: string, state: object) => (
    <button type="button" className={`step-button step-${control}`} onClick={() => onStep(control)} {...state}>
      {label}
    </button>
  );
  return (
    <div className="map-steps" role="group" aria-label={words.steps}>
      {button('previous', words.previous, { 'aria-disabled': !hasEarlier || undefined })}
      {button('play', words.play, { 'aria-pressed': playing })}
      {button('next', words.next, { 'aria-disabled': !hasLater || undefined })}
    </div>
  );
}

import { describe, expect, test } from 'vitest';
import { langFor } from '../../../src/lib/i18n/lang';
import { syncWords } from '../../../src/lib/i18n/sync-words';
import { NO_FILTERS, parseFilters } from '../../../src/lib/sync/filters';
import { isStepKey, stepIndex } from '../../../src/lib/sync/keyboard';
import {
  eventsToStep,
  landedEvent,
  neighbour,
  NO_STEPS,
  sayStep,
  step,
  type StepInput,
  type Steps,
} from '../../../src/lib/sync/steps';
import { syncData } from './sync-data';

// The fixture's events in timeline order: old-war (not on the map), clash, summit, visit.
const order = syncData.events.map((event) => event.id);
const all = new Set(eventsToStep(syncData.events).map((event) => event.id));

/** The events a run of inputs shows, and what it says where it shows none. */
function run(inputs: StepInput[], from: Steps = NO_STEPS, stepped = all) {
  let steps = from;
  const heard: string[] = [];
  for (const input of inputs) {
    const outcome = step(steps, input, order, stepped);
    steps = outcome.steps;
    heard.push(outcome.show ?? `(${outcome.notice ?? 'nothing'})`);
  }
  return { steps, heard };
}

describe('the events stepped through', () => {
  test('are those on the map, in the timeline’s order, the order the arrow keys walk', () => {
    expect(eventsToStep(syncData.events).map((event) => event.id)).toEqual(['clash', 'summit', 'visit']);
    // The keys step by index through the same list.
    const placed = eventsToStep(syncData.events);
    expect(placed[stepIndex(0, 'ArrowRight', placed.length)]!.id).toBe('summit');
    expect(isStepKey('ArrowDown')).toBe(true);
  });

  test('are only those the filters show', () => {
    const filters = parseFilters('?kind=diplomacy', syncData);
    expect(eventsToStep(syncData.events, filters).map((event) => event.id)).toEqual(['summit', 'visit']);
    expect(eventsToStep(syncData.events, NO_FILTERS)).toHaveLength(3);
  });
});

describe('Previous and Next', () => {
  test('Next from the start shows the first event, then each later one in turn', () => {
    expect(run(['next', 'next', 'next']).heard).toEqual(['clash', 'summit', 'visit']);
  });

  test('Next twice and Previous once lands on the first event again', () => {
    const { steps, heard } = run(['next', 'next', 'previous']);
    expect(heard).toEqual(['clash', 'summit', 'clash']);
    expect(steps).toEqual({ at: 'clash', playing: false });
  });

  test('at the last event Next says there is no later one and stays', () => {
    const { steps, heard } = run(['next'], { at: 'visit', playing: false });
    expect(heard).toEqual(['(noLater)']);
    expect(steps.at).toBe('visit');
  });

  test('at the first event, or before any, Previous says there is no earlier one', () => {
    expect(run(['previous'], { at: 'clash', playing: false }).heard).toEqual(['(noEarlier)']);
    expect(run(['previous']).heard).toEqual(['(noEarlier)']);
  });

  test('from an event not on the map the steps go on from its place in time', () => {
    expect(run(['next'], { at: 'old-war', playing: false }).heard).toEqual(['clash']);
    expect(run(['previous'], { at: 'old-war', playing: false }).heard).toEqual(['(noEarlier)']);
  });

  test('from an event the filters hide, the nearest shown one each way', () => {
    const shown = new Set(['clash', 'visit']);
    expect(run(['next'], { at: 'summit', playing: false }, shown).heard).toEqual(['visit']);
    expect(run(['previous'], { at: 'summit', playing: false }, shown).heard).toEqual(['clash']);
  });

  test('when the filters leave nothing on the map, every control says so', () => {
    expect(run(['next', 'previous', 'play'], NO_STEPS, new Set()).heard).toEqual([
      '(noneToStep)',
      '(noneToStep)',
      '(noneToStep)',
    ]);
  });

  test('an event the walk does not know counts as no event', () => {
    expect(neighbour(order, all, 'no-such-event', 1)).toBe('clash');
    expect(neighbour(order, all, 'no-such-event', -1)).toBeUndefined();
  });
});

describe('Play', () => {
  test('never starts by itself: its clock does nothing while it is off', () => {
    expect(run(['tick', 'tick']).heard).toEqual(['(nothing)', '(nothing)']);
    expect(run(['tick']).steps, 'not even a new state to draw').toBe(NO_STEPS);
  });

  test('shows the next event at once, then one more on each tick, and stops after the last, saying so', () => {
    const { steps, heard } = run(['play', 'tick', 'tick', 'tick']);
    expect(heard).toEqual(['clash', 'summit', 'visit', '(played)']);
    expect(steps).toEqual({ at: 'visit', playing: false });
  });

  test('from the last event starts again from the first', () => {
    const { steps, heard } = run(['play'], { at: 'visit', playing: false });
    expect(heard).toEqual(['clash']);
    expect(steps.playing).toBe(true);
  });

  test('goes on from where the reader is', () => {
    expect(run(['play'], { at: 'clash', playing: false }).heard).toEqual(['summit']);
  });

  test('pressed again, pauses where it is and says so', () => {
    const { steps, heard } = run(['play', 'play', 'tick']);
    expect(heard).toEqual(['clash', '(paused)', '(nothing)']);
    expect(steps).toEqual({ at: 'clash', playing: false });
  });

  test('pauses when the reader does anything, and that says nothing when it is not playing', () => {
    expect(run(['play', 'pause']).heard).toEqual(['clash', '(paused)']);
    expect(run(['pause']).heard).toEqual(['(nothing)']);
  });

  test('Previous or Next while playing stops it and steps', () => {
    const { steps, heard } = run(['play', 'tick', 'previous']);
    expect(heard).toEqual(['clash', 'summit', 'clash']);
    expect(steps.playing).toBe(false);
  });
});

describe('landing by a link', () => {
  test('an event’s address lands on that event; a passage’s on its first event', () => {
    expect(landedEvent({ passage: 'talks', event: 'visit' }, syncData.events)).toBe('visit');
    expect(landedEvent({ passage: 'talks' }, syncData.events)).toBe('summit');
    expect(landedEvent({ passage: 'no-events-here' }, syncData.events)).toBeUndefined();
    expect(landedEvent(undefined, syncData.events)).toBeUndefined();
  });
});

describe('what a step says', () => {
  const [, clash] = syncData.events;
  test('its place among the events, the event’s name and date', () => {
    expect(sayStep(syncData.words, clash!, 1, 3)).toBe('1 of 3: Clash, December 2021');
  });

  test('with its hedges and who says so, when it is hedged', () => {
    const hedged = { ...clash!, hedge: 'reported; who says so: a border official' };
    expect(sayStep(syncData.words, hedged, 2, 3)).toBe(
      '2 of 3: Clash, December 2021 (reported; who says so: a border official)',
    );
  });

  test('in the edition’s words and digits', () => {
    const words = syncWords(langFor('fa'));
    expect(sayStep(words, clash!, 2, 12)).toBe('۲ از ۱۲: Clash، December 2021');
  });
});

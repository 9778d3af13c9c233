import { describe, expect, test } from 'vitest';
import { afterScrollEnd, isOwnScroll, paceFor, steerTo, stopsPlay } from '../../../src/lib/sync/play';

describe('Play’s pace', () => {
  test('gives a short step about 8 seconds, and a long one more', () => {
    const short = paceFor('3 of 16: The Taliban take Kabul, August 2021');
    const long = paceFor(
      '12 of 16: Pakistani intelligence officials allegedly in Kabul for talks with the TTP, late January 2022 (anonymous sources; who says so: Pakistani government sources speaking anonymously)',
    );
    expect(short).toBeGreaterThanOrEqual(7000);
    expect(short).toBeLessThanOrEqual(9000);
    expect(long).toBeGreaterThan(short + 5000);
  });

  test('counts words in any script, a word joined by a zero-width non-joiner once', () => {
    // Nine words each.
    expect(paceFor('۳ از ۱۶: طالبان کابل را می‌گیرند، اسد ۱۴۰۰')).toBe(
      paceFor('3 of 16: The Taliban take Kabul, August 2021'),
    );
    expect(paceFor('one two')).toBe(paceFor('one') + 400);
  });

  test('is the milliseconds the page sets instead, when it sets a number', () => {
    expect(paceFor('anything at all', '0')).toBe(0);
    expect(paceFor('anything at all', '250')).toBe(250);
    for (const unset of [undefined, '', ' ', 'fast', '-5'])
      expect(paceFor('anything at all', unset), String(unset)).toBe(paceFor('anything at all'));
  });
});

describe('what stops Play', () => {
  test('the reader scrolling, by wheel (over the controls too), touch or the scroll bar', () => {
    expect(stopsPlay({ type: 'wheel' })).toBe(true);
    expect(stopsPlay({ type: 'wheel', onControls: true })).toBe(true);
    // A touch begins with a pointerdown, whether it taps or scrolls.
    expect(stopsPlay({ type: 'pointerdown' })).toBe(true);
    expect(stopsPlay({ type: 'scroll' })).toBe(true);
  });

  test('but not the steps’ own scrolling', () => {
    expect(stopsPlay({ type: 'scroll', ownScroll: true })).toBe(false);
  });

  test('a click or a tap anywhere but on the controls, whose buttons decide', () => {
    expect(stopsPlay({ type: 'pointerdown' })).toBe(true);
    expect(stopsPlay({ type: 'pointerdown', onControls: true })).toBe(false);
    expect(stopsPlay({ type: 'touchstart' }), 'its pointerdown has said it').toBe(false);
  });

  test('any key, Tab away from Play included, but the one pressing a control', () => {
    for (const key of ['a', 'ArrowDown', 'PageDown', 'Tab', 'Escape', 'Control'])
      expect(stopsPlay({ type: 'keydown', key }), key).toBe(true);
    expect(stopsPlay({ type: 'keydown', key: 'Tab', onControls: true })).toBe(true);
    expect(stopsPlay({ type: 'keydown', key: 'Enter', onControls: true })).toBe(false);
    expect(stopsPlay({ type: 'keydown', key: ' ', onControls: true })).toBe(false);
    expect(stopsPlay({ type: 'keydown', key: ' ' })).toBe(true);
  });

  test('not the pointer merely passing over the page', () => {
    expect(stopsPlay({ type: 'pointermove' })).toBe(false);
    expect(stopsPlay({ type: 'pointerover' })).toBe(false);
  });
});

describe('the steps’ own scrolling', () => {
  test('is any scroll between where the page was and where a step sends it, either way', () => {
    const down = steerTo(null, 500, 7000);
    for (const at of [500, 501.5, 3000, 7000]) expect(isOwnScroll(down, at), String(at)).toBe(true);
    for (const at of [400, 7100]) expect(isOwnScroll(down, at), String(at)).toBe(false);
    const up = steerTo(null, 7000, 500);
    expect(isOwnScroll(up, 3000)).toBe(true);
  });

  test('a step cutting the last one short keeps both stretches', () => {
    const both = steerTo(steerTo(null, 500, 7000), 3000, 1000);
    expect(isOwnScroll(both, 6000)).toBe(true);
    expect(isOwnScroll(both, 800)).toBe(true);
    expect(both.to).toBe(1000);
  });

  test('ends once the page reaches where the last step sent it, and not before', () => {
    const own = steerTo(null, 500, 7000);
    expect(afterScrollEnd(own, 500), 'an earlier scroll ending').toEqual(own);
    expect(afterScrollEnd(own, 7000.5)).toBeNull();
    expect(isOwnScroll(afterScrollEnd(own, 7000), 3000)).toBe(false);
  });

  test('a scroll under way when the step began is not the reader’s, until it ends', () => {
    const own = steerTo(null, 700, 500, true);
    expect(isOwnScroll(own, 809), 'the reader’s wheel still gliding on').toBe(true);
    const ended = afterScrollEnd(own, 809);
    expect(isOwnScroll(ended, 809)).toBe(false);
    expect(isOwnScroll(ended, 600), 'the steps’ own scroll goes on').toBe(true);
  });

  test('before any step, every scroll is the reader’s', () => {
    expect(isOwnScroll(null, 0)).toBe(false);
    expect(afterScrollEnd(null, 0)).toBeNull();
  });
});

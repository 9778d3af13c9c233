import { describe, expect, test } from 'vitest';
import { isStepKey, stepIndex } from '../../../src/lib/sync/keyboard';

describe('stepIndex', () => {
  test('the arrows move one event forward or back', () => {
    expect(stepIndex(2, 'ArrowRight', 5)).toBe(3);
    expect(stepIndex(2, 'ArrowDown', 5)).toBe(3);
    expect(stepIndex(2, 'ArrowLeft', 5)).toBe(1);
    expect(stepIndex(2, 'ArrowUp', 5)).toBe(1);
  });

  test('stepping stops at the ends instead of wrapping', () => {
    expect(stepIndex(4, 'ArrowRight', 5)).toBe(4);
    expect(stepIndex(0, 'ArrowLeft', 5)).toBe(0);
  });

  test('Home and End go to the first and last event', () => {
    expect(stepIndex(2, 'Home', 5)).toBe(0);
    expect(stepIndex(2, 'End', 5)).toBe(4);
  });

  test('from no event, forward starts at the first and back at the last', () => {
    expect(stepIndex(-1, 'ArrowRight', 5)).toBe(0);
    expect(stepIndex(-1, 'ArrowLeft', 5)).toBe(4);
  });

  test('with no event on the map, the arrows focus nothing', () => {
    expect(stepIndex(-1, 'ArrowRight', 0)).toBe(-1);
    expect(stepIndex(-1, 'End', 0)).toBe(-1);
  });

  test('other keys are not steps', () => {
    expect(isStepKey('Tab')).toBe(false);
    expect(stepIndex(2, 'Tab', 5)).toBe(2);
  });
});

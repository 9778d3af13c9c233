import { describe, expect, test } from 'vitest';
import { measureText } from '../../../src/lib/geo/font-metrics';

describe('measureText', () => {
  test('reads DejaVu Sans’s own advances: an M is wider than an i, bold wider than regular', () => {
    expect(measureText('M', 10)).toBeGreaterThan(measureText('i', 10));
    expect(measureText('Kabul', 10, 'bold')).toBeGreaterThan(measureText('Kabul', 10));
    expect(measureText('AFGHANISTAN', 1, 'bold')).toBeCloseTo(8.11, 2);
  });

  test('scales with the font size', () => {
    expect(measureText('Kunar', 20)).toBeCloseTo(2 * measureText('Kunar', 10));
  });

  test('a character the face lacks counts as wide as its widest letter, never as nothing', () => {
    expect(measureText('\u{1F5FA}', 10)).toBeGreaterThanOrEqual(measureText('M', 10));
  });
});

import { describe, expect, test } from 'vitest';
import { isAnchorId, toAnchorId } from '../../src/lib/content/slug';

// A place's or section's name becomes the id in a shared address: the same name must always give
// the same plain, readable id.
describe('toAnchorId', () => {
  test('drops accents and apostrophes rather than turning them into hyphens', () => {
    expect(toAnchorId('Côte d’Ivoire')).toBe('cote-divoire');
    expect(toAnchorId("Raisi's visit")).toBe('raisis-visit');
  });

  test('joins words with single hyphens and trims them from both ends', () => {
    expect(toAnchorId('  Kunar -- Province!  ')).toBe('kunar-province');
    expect(toAnchorId('--Kabul--')).toBe('kabul');
  });
});

describe('isAnchorId', () => {
  test('an id in its final form is one; an empty, padded or capitalised one is not', () => {
    expect(isAnchorId('six-months-on')).toBe(true);
    expect(isAnchorId('')).toBe(false);
    expect(isAnchorId('-six')).toBe(false);
    expect(isAnchorId('Six')).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { fragmentId, resolveHash } from '../../../src/lib/sync/resolve-hash';
import { syncData } from './sync-data';

describe('resolveHash', () => {
  test('a passage resolves to itself, its section and its places', () => {
    expect(resolveHash('#talks', syncData)).toEqual({
      passage: 'talks',
      section: 'pakistan',
      targets: ['map-marker-kabul'],
    });
  });

  test('an event resolves to its passage and only its own place', () => {
    expect(resolveHash('#clash', syncData)).toEqual({
      passage: 'border',
      section: 'iran',
      targets: ['map-border-afg-irn'],
      event: 'clash',
    });
  });

  test('a timeline-only event resolves to its passage with nothing on the map', () => {
    expect(resolveHash('#old-war', syncData)).toEqual({
      passage: 'history',
      section: 'iran',
      targets: [],
      event: 'old-war',
    });
  });

  test('a section resolves to the section alone', () => {
    expect(resolveHash('#pakistan', syncData)).toEqual({ section: 'pakistan', targets: [] });
  });

  test('a map element resolves to itself, as a place link without script leaves it', () => {
    expect(resolveHash('#map-marker-kabul', syncData)).toEqual({ targets: ['map-marker-kabul'] });
  });

  test.each([
    '',
    '#',
    '#nothing-here',
    '#%E0%A4%A',
    `#${'a'.repeat(500)}`,
    '#<script>alert(1)</script>',
    '#talks ',
    '#TALKS',
  ])('the fragment %j resolves to nothing', (hash) => {
    expect(resolveHash(hash, syncData)).toBeUndefined();
  });

  test('an empty or absurdly long fragment names no id; one up to 200 characters does, with or without its #', () => {
    expect(fragmentId('')).toBeUndefined();
    expect(fragmentId('#')).toBeUndefined();
    expect(fragmentId(`#${'a'.repeat(201)}`)).toBeUndefined();
    expect(fragmentId(`#${'a'.repeat(200)}`)).toBe('a'.repeat(200));
    expect(fragmentId('talks')).toBe('talks');
  });

  test('percent-encoded ids are decoded', () => {
    expect(fragmentId('#caf%C3%A9')).toBe('café');
  });
});

import { describe, expect, test } from 'vitest';
import { editionWaterNames } from '../../../src/lib/load/glossary';

// How each edition's maps name rivers and lakes, read from the glossary (content/glossary.json).
describe('editionWaterNames', () => {
  test('the English names a river by the term’s first English spelling, and falls back on Natural Earth’s', () => {
    const names = editionWaterNames('en', '.');
    expect(names.own.get('Helmand')).toBe('Helmand');
    expect(names.own.get('Indus')).toBe('Indus');
    expect(names.naturalEarth).toBe(true);
  });

  test('Dari and Pashto name a river by their own word, and leave one without it unnamed', () => {
    expect(editionWaterNames('fa', '.').own.get('Indus')).toBe('دریای سند');
    expect(editionWaterNames('ps', '.').own.get('Indus')).toBe('اباسین');
    expect(editionWaterNames('ps', '.').naturalEarth).toBe(false);
  });

  test('a site without a glossary gives its Dari edition no river’s name, its English Natural Earth’s', () => {
    const root = 'tests/fixtures/sites/baltic';
    expect(editionWaterNames('fa', root)).toEqual({ own: new Map(), naturalEarth: false });
    expect(editionWaterNames('en', root)).toEqual({ own: new Map(), naturalEarth: true });
  });
});

import { describe, expect, test } from 'vitest';
import { countryFeatures } from '../../../src/lib/geo/atlas';
import { readerName } from '../../../src/lib/geo/country-names';
import { atlas } from './load-fixture';
import { site } from './first-analysis';

const naturalEarthNames = countryFeatures(atlas.countries).map((country) => country.properties.name);

describe('readerName', () => {
  test('a state keeps its common English name, written out where Natural Earth abbreviates it', () => {
    expect(readerName('Afghanistan')).toBe('Afghanistan');
    expect(readerName('Dem. Rep. Congo')).toBe('DR Congo');
    expect(readerName('Bosnia and Herz.')).toBe('Bosnia and Herzegovina');
    expect(readerName('Macedonia')).toBe('North Macedonia');
  });

  test('a territory is named with the state it belongs to, and a disputed one as the United Nations lists it', () => {
    expect(readerName('Åland')).toBe('Åland (Finland)');
    expect(readerName('Greenland')).toBe('Greenland (Denmark)');
    expect(readerName('Falkland Is.')).toBe('Falkland Islands (Malvinas)');
    expect(readerName('W. Sahara')).toBe('Western Sahara');
  });

  test('a self-declared state the United Nations does not recognise, or a unit that is no country, is left unnamed', () => {
    expect(readerName('Somaliland')).toBeUndefined();
    expect(readerName('N. Cyprus')).toBeUndefined();
    expect(readerName('Siachen Glacier')).toBeUndefined();
  });

  test('no name the map gives keeps one of Natural Earth’s abbreviations', () => {
    const abbreviated = naturalEarthNames
      .map((name) => readerName(name))
      .filter((name) => name !== undefined && /(^|\s)([A-Z][a-z]{0,3}\.|[A-Z]\.)(\s|$)|^e[A-Z]|^St-/.test(name));
    expect(abbreviated).toEqual([]);
  });
});

describe('the first analysis', () => {
  test('its map draws the Siachen Glacier as Natural Earth does, but gives it no name', () => {
    expect(site.model.labels.map((label) => label.text)).not.toContain('Siachen Glacier');
    for (const country of site.model.countries) expect(country.name).not.toBe('Siachen Glacier');
  });
});

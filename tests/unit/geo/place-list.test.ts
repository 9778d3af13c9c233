import { describe, expect, test } from 'vitest';
import { listPlaces } from '../../../src/lib/geo/place-list';
import { groups } from './first-analysis';
import { en } from '../../../src/lib/i18n/words/en';

/** Listed in each test that reads them (see first-analysis.ts). */
const places = () => listPlaces(groups(), en);

describe('listPlaces', () => {
  test('every event at a place links to its passage', () => {
    const kunar = places().find((place) => place.name === 'Kunar')!;
    expect(kunar.anchor).toBe('map-place-kunar');
    expect(kunar.events).toEqual([
      expect.objectContaining({ id: 'kunar-rocket-exchange', href: '#kunar-rocket-exchange' }),
    ]);
  });

  test('a hedged event says its hedge and who says so in words; an unhedged one says nothing', () => {
    const events = places().flatMap((place) => place.events);
    expect(events.find((event) => event.id === 'ttp-talks-kabul')!.hedge).toMatch(/anonymous sources.*who says so/);
    expect(events.find((event) => event.id === 'taliban-take-kabul')!.hedge).toBe('');
  });

  test('a place the reporting gives only as a country is listed as the country', () => {
    expect(places().map((place) => place.name)).toContain('Norway (country)');
  });
});

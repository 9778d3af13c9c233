import { describe, expect, test } from 'vitest';
import { buildSyncData, mapTargetsByPassage, mapTargetsByPlace } from '../../../src/lib/sync/map-links';
import { editionCards } from '../share/edition-cards';

// The Dari and Pashto editions name every place of the first analysis in their own script, so a
// Latin letter in a place's name there is the original's name (or key) showing through.
const LATIN = /[A-Za-z]/;

describe.each(['fa', 'ps'] as const)('the %s edition', (code) => {
  const { analysis, model } = editionCards(code);

  test('every passage’s “On the map” names its places in the edition’s script', () => {
    const names = [...mapTargetsByPassage(model, analysis.events).values()].flat().map((target) => target.name);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => LATIN.test(name))).toEqual([]);
  });

  test('the list of places under the map, and what a <Place> link names, are in the edition’s script', () => {
    const names = [
      ...model.places.map((place) => place.name),
      ...[...mapTargetsByPlace(model).values()].map((target) => target.name),
    ];
    expect(names.filter((name) => LATIN.test(name))).toEqual([]);
  });

  test('the popovers and the announcements of the page’s script name places in the edition’s script', () => {
    const data = buildSyncData(model, analysis.events, analysis.outline, analysis.entry.data.entities, analysis.lang);
    expect(data.links.map((link) => link.name).filter((name) => LATIN.test(name))).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { placeAnchor } from '../../../src/lib/anchors';
import { buildSyncData, mapTargetsByPassage } from '../../../src/lib/sync/map-links';
import { editionCards } from '../share/edition-cards';

// Each edition's map is built once, as the file loads (seconds of work); what the script is handed
// is worked out inside each test.
const cards = { en: editionCards('en'), fa: editionCards('fa'), ps: editionCards('ps') };

/** What the page's script is handed for the first analysis in an edition, and what it was made from. */
function syncDataOf(code: 'en' | 'fa' | 'ps', entities?: string[]) {
  const { analysis, model } = cards[code];
  const actors = entities ?? analysis.entry.data.entities;
  return { analysis, model, data: buildSyncData(model, analysis.events, analysis.outline, actors, analysis.lang) };
}

describe('what the page’s script knows of the first analysis', () => {
  test('every event on the map leads to the one border, marker or callout that shows it', () => {
    const { model, data } = syncDataOf('en');
    const shown = [...model.borders, ...model.markers, ...model.callouts];
    const onTheMap = data.events.filter((event) => event.target !== null);
    expect(onTheMap.length).toBeGreaterThan(10);
    for (const event of data.events) {
      const showing = shown.filter((link) => link.events.includes(event.id));
      expect(showing.length, event.id).toBeLessThan(2);
      expect(event.target, event.id).toBe(showing[0]?.anchor ?? null);
    }
    // Kabul's marker carries several events: each of them leads there.
    const kabul = model.markers.find((marker) => marker.key === 'kabul')!;
    for (const id of kabul.events) expect(data.events.find((event) => event.id === id)!.target).toBe(kabul.anchor);
  });

  test('an event the map does not show leads nowhere, so following it only reaches its passage', () => {
    const { model, data } = syncDataOf('en');
    const shown = new Set([...model.borders, ...model.markers, ...model.callouts].flatMap((link) => link.events));
    const unmapped = data.events.filter((event) => !shown.has(event.id));
    expect(unmapped.length).toBeGreaterThan(0);
    for (const event of unmapped) expect(event.target, event.id).toBeNull();
  });

  test('a marker goes by the name the list of places under the map gives its place', () => {
    const { model, data } = syncDataOf('fa');
    for (const marker of model.markers) {
      const place = model.places.find((entry) => entry.anchor === placeAnchor(marker.key))!;
      expect(place, marker.key).toBeDefined();
      expect(data.links.find((link) => link.anchor === marker.anchor)!.name).toBe(place.name);
    }
    expect(data.links.find((link) => link.anchor === model.markers.find((m) => m.key === 'kabul')!.anchor)!.name).toBe(
      'کابل',
    );
  });

  test('every passage, in reading order, with its section and what it marks on the map', () => {
    const { analysis, model, data } = syncDataOf('en');
    const targets = mapTargetsByPassage(model, analysis.events);
    expect(data.passages.map((passage) => passage.id)).toEqual(analysis.outline.passages.map((passage) => passage.id));
    for (const passage of analysis.outline.passages) {
      const given = data.passages.find((p) => p.id === passage.id)!;
      expect(given.section).toBe(passage.section);
      expect(given.targets).toEqual((targets.get(passage.id) ?? []).map((target) => target.anchor));
    }
    // A passage about an event in Kabul marks Kabul.
    const kabul = model.markers.find((marker) => marker.key === 'kabul')!;
    const about = analysis.events.find((event) => event.id === kabul.events[0])!.passage;
    expect(data.passages.find((passage) => passage.id === about)!.targets).toContain(kabul.anchor);
  });

  test('every section with the actors it is tagged with, for the filters', () => {
    const { analysis, data } = syncDataOf('en');
    expect(data.sections).toEqual(
      analysis.outline.sections.map((section) => ({ id: section.id, entities: section.entities })),
    );
    expect(data.sections.some((section) => section.entities.length > 0)).toBe(true);
  });

  test('each actor that is a country of the region is tied to that country on the map', () => {
    const { data } = syncDataOf('en');
    expect(data.entityCountries).toEqual({ afghanistan: 'AFG', iran: 'IRN', pakistan: 'PAK' });
  });

  test('a country drawn only around the region is tied to no actor, even one the analysis names', () => {
    const { model } = cards.en;
    const around = model.countries.find((country) => !country.inRegion && country.entity && country.code)!;
    const { data } = syncDataOf('en', ['iran', around.entity!]);
    expect(data.entityCountries).toEqual({ iran: 'IRN' });
  });

  test('the filters name each actor in the edition’s words, and each kind of event once', () => {
    const { analysis, data } = syncDataOf('ps');
    expect(data.entityNames).toEqual({ afghanistan: 'افغانستان', iran: 'ایران', pakistan: 'پاکستان' });
    const kinds = analysis.events.map((event) => event.kind);
    expect([...data.kinds].sort()).toEqual([...new Set(kinds)].sort());
    expect(data.kinds.length).toBeGreaterThan(1);
  });
});

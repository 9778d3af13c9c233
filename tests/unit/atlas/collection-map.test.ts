import { afterAll, describe, expect, test } from 'vitest';
import { siteEvents } from '../../../src/lib/actors/mentions';
import { siteBorders } from '../../../src/lib/actors/site-actors';
import { buildCollectionMap } from '../../../src/lib/atlas/collection-map';
import { worldAtlas } from '../../../src/lib/geo/atlas';
import { fitFrame } from '../../../src/lib/geo/frame';
import { isUnderInset } from '../../../src/lib/geo/inset';
import { countriesByCode, regionCollection } from '../../../src/lib/geo/region';
import { MARKER_CLEARANCE } from '../../../src/lib/geo/symbol-metrics';
import { langFor } from '../../../src/lib/i18n/lang';
import type { LoadedAnalysis } from '../../../src/lib/load/loaded-analysis';
import { loadFixtureSites } from '../actors/fixture-sites';

// A map spanning analyses (the atlas, an actor's or a relation's page), drawn from the Baltic and
// Caucasus fixtures: which analyses it draws, where its markers lead, and the globe in its corner.
const before = process.env.BORDERLINES_CONTENT_ROOT;
const analyses = loadFixtureSites(['baltic', 'caucasus']);
afterAll(() => {
  if (before === undefined) delete process.env.BORDERLINES_CONTENT_ROOT;
  else process.env.BORDERLINES_CONTENT_ROOT = before;
});
const en = langFor('en');
const baltic = analyses.find((analysis) => analysis.slug === 'baltic-fixture')!;
const caucasus = analyses.find((analysis) => analysis.slug === 'caucasus-fixture')!;
const placed = (list: LoadedAnalysis[]) => siteEvents(list, (event) => event.place !== null);
const regionOf = (model: { countries: { code?: string; inRegion: boolean }[] }) =>
  model.countries.filter((country) => country.inRegion).map((country) => country.code);

describe('buildCollectionMap', () => {
  test('draws only the analyses whose events or borders it shows, each marker leading to its own passage', () => {
    const model = buildCollectionMap({
      key: 'relation-x',
      lang: en,
      analyses,
      events: placed([baltic]),
      borders: [],
    })!;
    expect(regionOf(model).sort()).toEqual([...baltic.entry.data.region].sort());
    const hrefs = placed([baltic]).map((event) => event.href);
    for (const marker of model.markers.filter((m) => m.kind !== 'group')) expect(hrefs).toContain(marker.href);
    expect(model.markers.length).toBeGreaterThan(0);
  });

  test('an event is known by its analysis and its id, so that two analyses’ ids never collide', () => {
    const model = buildCollectionMap({ key: 'atlas', lang: en, analyses, events: placed([caucasus]), borders: [] })!;
    const ids = model.markers.flatMap((marker) => marker.events);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith('caucasus-fixture/')).toBe(true);
  });

  test('borders and markers follow the page’s order of analyses in their numbers', () => {
    const model = buildCollectionMap({
      key: 'atlas',
      lang: en,
      analyses,
      events: [...placed([caucasus]), ...placed([baltic])],
      borders: siteBorders([caucasus, baltic], () => true),
    })!;
    const numbered = [...model.borders, ...model.markers]
      .sort((a, b) => a.number - b.number)
      .map((link) => link.events[0]?.split('/')[0] ?? link.href.split('/')[2]);
    // Every link of the first analysis the page lists comes before any of the second's.
    const firstBaltic = numbered.indexOf('baltic-fixture');
    expect(firstBaltic).toBeGreaterThan(0);
    expect(numbered.slice(firstBaltic).every((slug) => slug === 'baltic-fixture')).toBe(true);
  });

  test('a place that would sit under the globe in the corner widens the margins until it is clear', () => {
    const frame = fitFrame(regionCollection(countriesByCode(worldAtlas().countries), baltic.entry.data.region));
    // The point under the middle of the globe on the region's own frame.
    const corner = frame.projection.invert!([frame.width - 40, frame.height - 40])!;
    const [first] = placed([baltic]).filter((site) => site.event.place && 'coordinates' in site.event.place);
    const under = {
      ...first!,
      event: { ...first!.event, place: { name: 'Under the globe', coordinates: corner }, precision: 'city' as const },
    };
    expect(isUnderInset(frame, frame.projection(corner)!, MARKER_CLEARANCE.ring)).toBe(true);

    const model = buildCollectionMap({ key: 'atlas', lang: en, analyses, events: [under], borders: [] })!;
    const marker = model.markers[0]!;
    expect(isUnderInset(model, [marker.x, marker.y], MARKER_CLEARANCE.ring)).toBe(false);

    // Nothing under the globe: the region's own frame, as an analysis's map has it.
    const plain = buildCollectionMap({ key: 'atlas', lang: en, analyses, events: [first!], borders: [] })!;
    const [x, y] = frame.projection((first!.event.place as { coordinates: [number, number] }).coordinates)!;
    expect(plain.markers[0]!.x).toBeCloseTo(x, 0);
    expect(plain.markers[0]!.y).toBeCloseTo(y, 0);
  });

  test('with nothing to show, there is no map', () => {
    expect(buildCollectionMap({ key: 'atlas', lang: en, analyses, events: [], borders: [] })).toBeUndefined();
  });
});

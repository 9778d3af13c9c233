import { describe, expect, test } from 'vitest';
import { checkPlacesAgainstMap } from '../../../src/lib/check/check-places';
import { byCode, loadFixtureAnalysis } from '../geo/load-fixture';

const site = loadFixtureAnalysis('.', 'taliban-iran-pakistan-2022');
const FILE = 'data/events/taliban-iran-pakistan-2022.json';
const check = (map = site.eventsFile.map, list = site.linked.events) =>
  checkPlacesAgainstMap(site.frame, byCode, site.analysis, { map, events: list }, FILE);

describe('checkPlacesAgainstMap', () => {
  test('the first analysis passes', () => {
    expect(() => check()).not.toThrow();
  });

  test('a capital with longitude and latitude swapped stops the build and says how to fix it', () => {
    const capitals = [{ name: 'Kabul', country: 'AFG', coordinates: [34.53, 69.18] as [number, number] }];
    expect(() => check({ ...site.eventsFile.map, capitals })).toThrow(
      `${FILE}: map.capitals[0].coordinates (Kabul): found [34.53,69.18]; this point is not inside AFG as the map draws it; check the order [longitude, latitude]`,
    );
  });

  test('a place far outside the region that is not marked off-map stops the build', () => {
    const moved = site.linked.events.map((event) =>
      event.id === 'oslo-talks'
        ? { ...event, place: { name: 'Oslo', coordinates: [10.75, 59.91] as [number, number] } }
        : event,
    );
    expect(() => check(undefined, moved)).toThrow(
      `${FILE}: event "oslo-talks" place.coordinates: found [10.75,59.91]; this falls outside the map of AFG, IRN, PAK; if the place really is elsewhere add "offMap": true`,
    );
  });

  test('a place inside the frame that claims to be off the map stops the build', () => {
    const moved = site.linked.events.map((event) =>
      event.id === 'oslo-talks'
        ? { ...event, place: { name: 'Oslo', coordinates: [69, 34] as [number, number], offMap: true } }
        : event,
    );
    expect(() => check(undefined, moved)).toThrow('the place is inside the map but marked "offMap": true');
  });

  const withNorway = (place: Record<string, unknown>) =>
    site.linked.events.map((event) =>
      event.id === 'oslo-talks' ? { ...event, place: place as typeof event.place } : event,
    );

  test('a country beyond the frame that is not marked off-map stops the build', () => {
    expect(() => check(undefined, withNorway({ name: 'Norway', country: 'NOR' }))).toThrow(
      `${FILE}: event "oslo-talks" place.country: found "NOR"; this country lies outside the map of AFG, IRN, PAK; add "offMap": true to the place`,
    );
  });

  test('a country inside the frame that claims to be off the map stops the build', () => {
    expect(() => check(undefined, withNorway({ name: 'Iran', country: 'IRN', offMap: true }))).toThrow(
      `event "oslo-talks" place.country: found "IRN"; the place is inside the map but marked "offMap": true`,
    );
  });

  test('a country code Natural Earth does not know stops the build', () => {
    expect(() => check(undefined, withNorway({ name: 'Norway', country: 'NRW', offMap: true }))).toThrow(
      `event "oslo-talks" place.country: found "NRW"; Natural Earth has no country with this ISO alpha-3 code`,
    );
  });
});

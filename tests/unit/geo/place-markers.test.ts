import { describe, expect, test } from 'vitest';
import { isInFrame } from '../../../src/lib/geo/frame';
import { projectMarkers } from '../../../src/lib/geo/place-markers';
import { groups, readingOrder, site } from './first-analysis';
import { langFor } from '../../../src/lib/i18n/lang';

/** Placed in each test that reads them (see first-analysis.ts). */
const markers = () => projectMarkers(groups(), site.frame, readingOrder(), langFor('en'));
const markerWith = (event: string) => markers().find((marker) => marker.events.includes(event))!;

describe('projectMarkers', () => {
  test('a place with one event links straight to that event’s passage', () => {
    expect(markerWith('kunar-rocket-exchange')).toMatchObject({
      anchor: 'map-marker-kunar',
      href: '#kunar-rocket-exchange',
      kind: 'clash',
    });
  });

  test('a place with several events links to its entry in the list of places', () => {
    expect(markerWith('eu-office-kabul')).toMatchObject({ kind: 'group', href: '#map-place-kabul' });
  });

  test('places beyond the frame get no marker, and every marker sits inside the frame', () => {
    expect(markers().flatMap((marker) => marker.events)).not.toContain('oslo-talks');
    for (const marker of markers()) expect(isInFrame(site.frame, [marker.x, marker.y]), marker.key).toBe(true);
  });

  test('a marker is hollow (hedged) only when every event at its place is hedged', () => {
    expect(markerWith('tehran-nrf-meeting').hedged).toBe(true);
    expect(markerWith('ttp-talks-kabul').hedged).toBe(false);
  });
});

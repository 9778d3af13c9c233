import { describe, expect, test } from 'vitest';
import { projectCapitals } from '../../../src/lib/geo/capitals';
import { projectCountryShapes } from '../../../src/lib/geo/country-shapes';
import { LABEL_FONT_SIZE, requestLabels } from '../../../src/lib/geo/label-requests';
import { projectMarkers } from '../../../src/lib/geo/place-markers';
import { atlas } from './load-fixture';
import { groups, readingOrder, site } from './first-analysis';
import { langFor } from '../../../src/lib/i18n/lang';

const { frame } = site;
/** Asked for in each test that reads them (see first-analysis.ts). */
const requests = () =>
  requestLabels({
    shapes: projectCountryShapes(atlas.countries, site.analysis.region, frame),
    capitals: projectCapitals(site.eventsFile.map.capitals, frame),
    markers: projectMarkers(groups(), frame, readingOrder(), langFor('en')),
    groups: groups(),
    frame,
    words: langFor('en').words,
  });
const ids = () => requests().map((request) => request.id);

describe('requestLabels', () => {
  test('the region’s countries ask first, in bold, then capitals, places and neighbours', () => {
    const roles = requests().map((request) => request.role);
    expect(roles.slice(0, 3)).toEqual(['country', 'country', 'country']);
    expect(roles.lastIndexOf('capital')).toBeLessThan(roles.indexOf('place'));
    expect(roles.lastIndexOf('place')).toBeLessThan(roles.indexOf('neighbour'));
    expect(requests().find((request) => request.id === 'country-AFG')).toMatchObject({
      text: 'Afghanistan',
      weight: 'bold',
    });
  });

  test('a marker on a capital is named once, by the capital’s label', () => {
    expect(ids()).toContain('capital-Kabul');
    expect(ids()).not.toContain('place-kabul');
    expect(ids()).toContain('place-kunar');
  });

  test('a place’s label is offered spots clear of its marker, nearest first', () => {
    const kunar = requests().find((request) => request.id === 'place-kunar')!;
    expect(kunar.fontSize).toBe(LABEL_FONT_SIZE.place);
    expect(kunar.text).toBe('Kunar');
    expect(kunar.candidates.length).toBeGreaterThan(8);
  });

  test('a neighbour with only a sliver of the frame is not offered a label', () => {
    const neighbours = requests()
      .filter((request) => request.role === 'neighbour')
      .map((request) => request.text);
    expect(neighbours).toEqual(expect.arrayContaining(['Turkmenistan', 'India']));
    // Both show at the frame's edge, too little of them to hold a name.
    expect(neighbours).not.toContain('Bahrain');
    expect(neighbours).not.toContain('Siachen Glacier');
  });
});

import { describe, expect, test } from 'vitest';
import { describeBorders, traceBorderLines } from '../../../src/lib/geo/border-models';
import { atlas } from './load-fixture';
import { readingOrder, site } from './first-analysis';
import { langFor } from '../../../src/lib/i18n/lang';
import { hedgeAndAttribution } from '../../../src/lib/content/reader-words';

/** The first analysis's borders as the map describes them, and the Durand Line among them. */
function described() {
  const lines = traceBorderLines(atlas.countries, site.linked.map.borders);
  const kunar = site.model.markers.find((marker) => marker.key === 'kunar')!;
  const borders = describeBorders(
    { map: site.linked.map, events: site.linked.events, readingOrder: readingOrder(), lang: langFor('en') },
    site.frame,
    lines,
    {
      discs: [{ x: kunar.x, y: kunar.y, radius: 8 }],
      boxes: [],
    },
  );
  return { borders, durand: borders.find((border) => border.id === 'AFG-PAK')! };
}

describe('describeBorders', () => {
  test('each border the analysis discusses is a link to its passage, drawn along its line', () => {
    const { borders, durand } = described();
    expect(borders.map((border) => border.id)).toEqual(site.linked.map.borders.map((border) => border.id));
    expect(durand).toMatchObject({ anchor: 'map-border-afg-pak', href: `#${durand.passage}` });
    expect(durand.d).toMatch(/^M/);
  });

  test('the line as drawn stops short of a symbol that sits on it, and the whole line still takes the pointer', () => {
    const { durand } = described();
    expect(durand.line.match(/M/g)!.length).toBeGreaterThan(durand.d.match(/M/g)!.length);
  });

  test('a border is named capitalised, with its note and the events told on it', () => {
    const { durand } = described();
    const onIt = site.linked.events.filter((event) => event.place && 'border' in event.place);
    const durandEvents = onIt.filter((event) => 'border' in event.place! && event.place.border === 'AFG-PAK');
    expect(durand.accessibleName).toMatch(/^The Durand Line\. /);
    expect(durand.events).toEqual(durandEvents.map((event) => event.id));
    for (const event of durandEvents) expect(durand.accessibleName).toContain(`${event.title} (${event.date.label}`);
  });

  test('every event a border tells is named with its kind and every hedge it carries', () => {
    const { borders } = described();
    const words = langFor('en').words;
    const told = borders.flatMap((border) =>
      border.events.map((id) => ({ border, event: site.linked.events.find((event) => event.id === id)! })),
    );
    expect(told.some(({ event }) => event.hedge.length > 0)).toBe(true);
    for (const { border, event } of told) {
      const hedged = hedgeAndAttribution(event, words);
      expect(border.accessibleName).toContain(`${words.kinds[event.kind]}: ${event.title}`);
      if (hedged) expect(border.accessibleName).toContain(hedged);
    }
  });
});

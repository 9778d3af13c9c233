import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import MapPopover from '../../../src/components/map/MapPopover';
import { buildSyncData } from '../../../src/lib/sync/map-links';
import { editionCards } from '../share/edition-cards';
import { site } from './first-analysis';

/** Every event the original's events file places in Kabul: five, from different passages. */
const atKabul = site.eventsFile.events
  .filter((event) => event.place && 'coordinates' in event.place && event.place.name === 'Kabul')
  .map((event) => event.id);

describe.each(['en', 'fa', 'ps'] as const)('the %s edition’s Kabul marker', (code) => {
  const { analysis, model } = editionCards(code);
  const marker = model.markers.find((m) => m.key === 'kabul')!;

  test('is one marker for every event in Kabul', () => {
    expect(atKabul.length).toBeGreaterThan(1);
    expect([...marker.events].sort()).toEqual([...atKabul].sort());
  });

  test('opens a popover that names every event in Kabul, each linking to its passage', () => {
    const data = buildSyncData(model, analysis.events, analysis.outline, analysis.entry.data.entities, analysis.lang);
    const link = data.links.find((l) => l.anchor === marker.anchor)!;
    // As MapSync hands the popover its events.
    const events = data.events.filter((event) => link.events.includes(event.id));
    const html = renderToStaticMarkup(
      <MapPopover anchor={link.anchor} name={link.name} label={link.name} events={events} onClose={() => {}} />,
    );
    const listed = [...html.matchAll(/data-event="([^"]+)"/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...atKabul].sort());
    for (const id of atKabul) expect(html).toContain(analysis.events.find((e) => e.id === id)!.title);
    // Each date set apart from the title's direction, as the list of places sets it: a Solar
    // date with its Gregorian in brackets, inside brackets, in a right-to-left line.
    expect([...html.matchAll(/\(<bdi>[^<]+<\/bdi>\)/g)]).toHaveLength(atKabul.length);
  });

  test('leads to the list of places, whose entry names every event in Kabul', () => {
    const entry = model.places.find((place) => marker.href === `#${place.anchor}`)!;
    expect(entry.events.map((event) => event.id).sort()).toEqual([...atKabul].sort());
  });
});

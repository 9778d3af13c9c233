import { afterAll, describe, expect, test } from 'vitest';
import { analysesCount, siteActors, siteRelations } from '../../../src/lib/actors/site-actors';
import { loadFixtureSites } from './fixture-sites';

// The Nordic, Baltic and Caucasus fixtures as one site: three analyses in two regions, the
// European Union an actor of two of them.
const before = process.env.BORDERLINES_CONTENT_ROOT;
const analyses = loadFixtureSites(['nordic', 'baltic', 'caucasus']);
afterAll(() => {
  if (before === undefined) delete process.env.BORDERLINES_CONTENT_ROOT;
  else process.env.BORDERLINES_CONTENT_ROOT = before;
});

// Worked out in each test that reads them, not once for the file: mutation testing (docs/tests.md)
// sees which tests run what only inside a test.
const actors = () => siteActors(analyses, 'en');
const relations = () => siteRelations(analyses, 'en');
const actor = (id: string) => actors().find((coverage) => coverage.actor.id === id)!;
const relation = (id: string) => relations().find((coverage) => coverage.id === id)!;

describe('an actor across analyses', () => {
  test('every actor any analysis declares has a page, and no other', () => {
    expect(actors().map((coverage) => coverage.actor.id)).toEqual([
      'armenia',
      'azerbaijan',
      'estonia',
      'eu',
      'finland',
      'latvia',
      'sweden',
    ]);
  });

  test('the European Union’s events come from both its analyses, in date order across them', () => {
    const eu = actor('eu');
    expect(eu.name).toBe('European Union');
    expect(eu.events.map(({ event, slug }) => [event.date.label, slug])).toEqual([
      ['March 2024', 'caucasus-fixture'],
      ['20 April 2024', 'baltic-fixture'],
      ['3 June 2024', 'caucasus-fixture'],
    ]);
    expect(eu.events.map(({ href }) => href)).toEqual([
      '/analyses/caucasus-fixture/#caucasus-monitors-arrive',
      '/analyses/baltic-fixture/#fixture-riga-meeting',
      '/analyses/caucasus-fixture/#caucasus-yerevan-meeting',
    ]);
    expect(analysesCount(eu)).toBe(2);
  });

  test('its passages are those tagged with it, under their sections, each linking to itself', () => {
    const [caucasus, ...others] = actor('eu').analyses;
    expect(others).toEqual([]);
    expect(caucasus!.href).toBe('/analyses/caucasus-fixture/');
    expect(caucasus!.sections).toEqual([
      {
        id: 'monitors',
        title: 'European monitors',
        href: '/analyses/caucasus-fixture/#monitors',
        passages: [
          {
            id: 'monitors-passage',
            href: '/analyses/caucasus-fixture/#monitors-passage',
            opening: expect.stringMatching(/^A fixture paragraph about European monitors arriving in Gyumri/),
          },
        ],
      },
    ]);
  });

  test('counts its events by kind and by hedge, leaving out what none has', () => {
    expect(actor('eu').counts).toEqual({
      kinds: [
        ['diplomacy', 1],
        ['economy', 1],
        ['security', 1],
      ],
      hedges: [['none', 3]],
    });
    expect(actor('armenia').counts.hedges).toEqual([
      ['reported', 1],
      ['none', 3],
    ]);
  });

  test('names its relations, a state’s borders among them', () => {
    expect(actor('armenia').relations.map((r) => r.id)).toEqual(['armenia--azerbaijan', 'armenia--eu']);
    expect(actor('estonia').relations.map((r) => r.id)).toEqual(['estonia--latvia']);
    expect(actor('estonia').borders.map(({ href }) => href)).toEqual(['/analyses/baltic-fixture/#border-passage']);
  });
});

describe('a relation across analyses', () => {
  test('a pair that shares an event or a border is a relation, named in the order of its id', () => {
    expect(relations().map((coverage) => coverage.id)).toEqual([
      'armenia--azerbaijan',
      'armenia--eu',
      'estonia--latvia',
      'eu--latvia',
      'finland--sweden',
    ]);
    expect(relation('armenia--azerbaijan').names).toEqual(['Armenia', 'Azerbaijan']);
  });

  test('Armenia and Azerbaijan have their border and both the events they share, each linking to its passage', () => {
    const pair = relation('armenia--azerbaijan');
    expect(pair.borders.map(({ border, href }) => [border.id, href])).toEqual([
      ['ARM-AZE', '/analyses/caucasus-fixture/#border-passage'],
    ]);
    expect(pair.events.map(({ href }) => href)).toEqual([
      '/analyses/caucasus-fixture/#caucasus-baku-talks',
      '/analyses/caucasus-fixture/#caucasus-border-incident',
    ]);
    expect(pair.analyses[0]!.sections.map((section) => [section.id, section.passages.map((p) => p.id)])).toEqual([
      ['talks', ['baku-passage', 'border-passage']],
    ]);
  });

  test('an event on a border belongs to the pair it joins even when it names only one of them', () => {
    const pair = relation('estonia--latvia');
    expect(pair.events.map(({ event }) => event.id)).toEqual(['fixture-border-event']);
    expect(pair.borders.map(({ border }) => border.id)).toEqual(['EST-LVA']);
  });
});

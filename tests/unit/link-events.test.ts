import { describe, expect, test } from 'vitest';
import { linkEventsToPassages } from '../../src/lib/content/link-events';
import { readOutline } from '../../src/lib/content/passages';
import { makeEvent, makeEventsFile, SMALL_EVENTS_FILE, SMALL_MDX_FILE, smallAnalysis, smallSource } from './fixtures';

const outline = readOutline(smallSource, SMALL_MDX_FILE);
const files = { analysis: SMALL_MDX_FILE, events: SMALL_EVENTS_FILE };
/** The borders a map of Afghanistan, Iran and Pakistan can draw. */
const NEIGHBOURS = ['AFG-IRN', 'AFG-PAK', 'IRN-PAK'];
const link = (...events: ReturnType<typeof makeEvent>[]) =>
  linkEventsToPassages(smallAnalysis, outline, makeEventsFile(events), files, NEIGHBOURS);

describe('linkEventsToPassages', () => {
  test('each event is tied to its passage and its section', () => {
    const { events, eventsByPassage } = link(
      makeEvent(),
      makeEvent({
        id: 'summit-meeting',
        passage: 'summit',
        entities: ['pakistan'],
        place: { name: 'Islamabad', coordinates: [73.05, 33.69] },
        precision: 'city',
        date: { iso: '2021-12-17', label: 'mid-December 2021' },
      }),
    );
    expect(events.map((e) => [e.id, e.passageSection])).toEqual([
      ['border-clash', 'iran'],
      ['summit-meeting', 'both'],
    ]);
    expect(eventsByPassage.get('summit')).toEqual(['summit-meeting']);
  });

  test('events come out in date order, a month before the days inside it', () => {
    const { events } = link(
      makeEvent({ id: 'late', date: { iso: '2022-01-20', label: '20 January 2022' } }),
      makeEvent({ id: 'old', date: { iso: '1998', label: '1998' } }),
      makeEvent({ id: 'month', date: { iso: '2022-01', label: 'January 2022' } }),
    );
    expect(events.map((e) => e.id)).toEqual(['old', 'month', 'late']);
  });

  test('an event that names a missing passage stops the build, naming the event, file and known ids', () => {
    expect(() => link(makeEvent({ passage: 'no-such-passage' }))).toThrow(
      'tests/fixtures/content/small.json: event "border-clash" passage: found "no-such-passage"; no <Passage> in tests/fixtures/content/small.mdx has this id; use one of: border-clash, port, summit',
    );
  });

  test('an event entity the analysis does not declare stops the build', () => {
    expect(() => link(makeEvent({ entities: ['india'] }))).toThrow(
      'event "border-clash" entities: found "india"; declare it in the analysis frontmatter\'s entities (iran, pakistan)',
    );
  });

  test('a border between countries outside the region stops the build', () => {
    expect(() => link(makeEvent({ place: { name: 'somewhere', border: 'AFG-CHN' } }))).toThrow(
      'event "border-clash" place.border: found "AFG-CHN"; AFG and CHN do not share a boundary in the region\'s map; a border joins neighbours: AFG-IRN, AFG-PAK, IRN-PAK',
    );
  });

  test('a border written in the wrong order is refused, not silently flipped', () => {
    expect(() => link(makeEvent({ place: { name: 'the Durand Line', border: 'PAK-AFG' } }))).toThrow(
      'place.border: found "PAK-AFG"; write the two codes in alphabetical order: "AFG-PAK"',
    );
  });

  test('two events with one id stop the build', () => {
    expect(() => link(makeEvent(), makeEvent())).toThrow(
      'events[1].id: found "border-clash"; events[0] has this id already',
    );
  });

  test('an event id that is another passage’s id is refused as ambiguous', () => {
    expect(() => link(makeEvent({ id: 'summit' }))).toThrow(
      'a section or passage of tests/fixtures/content/small.mdx already has this id',
    );
  });

  test('a section entity the frontmatter does not declare stops the build', () => {
    const stray = readOutline(smallSource.replace('entities="iran pakistan"', 'entities="iran china"'), SMALL_MDX_FILE);
    expect(() => linkEventsToPassages(smallAnalysis, stray, makeEventsFile([]), files, NEIGHBOURS)).toThrow(
      '<Section id="both"> entities: found "china"',
    );
  });

  test('an event on a border the map does not draw stops the build', () => {
    expect(() => link(makeEvent({ place: { name: 'the Durand Line', border: 'AFG-PAK' } }))).toThrow(
      'event "border-clash" place.border: found "AFG-PAK"; the map does not draw this border yet; add { "id": "AFG-PAK"',
    );
  });

  test('a drawn border must link to a passage that exists', () => {
    const file = makeEventsFile([], { borders: [{ id: 'AFG-IRN', name: 'border', passage: 'nowhere' }] });
    expect(() => linkEventsToPassages(smallAnalysis, outline, file, files, NEIGHBOURS)).toThrow(
      'small.json: map.borders[0].passage: found "nowhere"; no <Passage> has this id',
    );
  });

  test('a drawn border must join two countries of the region', () => {
    const file = makeEventsFile([], { borders: [{ id: 'IND-PAK', name: 'border', passage: 'port' }] });
    expect(() => linkEventsToPassages(smallAnalysis, outline, file, files, NEIGHBOURS)).toThrow(
      'map.borders[0].id: found "IND-PAK"; IND and PAK do not share a boundary in the region\'s map; a border joins neighbours: AFG-IRN, AFG-PAK, IRN-PAK',
    );
  });

  test('a capital outside the region is refused', () => {
    const file = makeEventsFile([], { capitals: [{ name: 'Delhi', country: 'IND', coordinates: [77.2, 28.6] }] });
    expect(() => linkEventsToPassages(smallAnalysis, outline, file, files, NEIGHBOURS)).toThrow(
      'map.capitals[0].country: found "IND"',
    );
  });

  const entry = (fields: { passage: string; events?: string[] }) => ({
    ...smallAnalysis,
    corrections: [{ date: new Date('2022-03-01'), kind: 'correction' as const, wrong: 'x', right: 'y', ...fields }],
  });

  test('a log entry must say where the change was, and the message lists the places it can name', () => {
    expect(() =>
      linkEventsToPassages(
        entry({ passage: 'border-clsh' }),
        outline,
        makeEventsFile([makeEvent()]),
        files,
        NEIGHBOURS,
      ),
    ).toThrow(
      `tests/fixtures/content/small.mdx: corrections[0].passage: found "border-clsh"; no passage or section has this id; name where the change was: border-clash, port, summit, ${outline.sections.map((s) => s.id).join(', ')}, headline, dek, map`,
    );
  });

  test('a log entry may name a section, the headline, the dek or the map as well as a passage', () => {
    for (const passage of [outline.sections[0]!.id, 'headline', 'dek', 'map', 'port']) {
      expect(() =>
        linkEventsToPassages(entry({ passage }), outline, makeEventsFile([makeEvent()]), files, NEIGHBOURS),
      ).not.toThrow();
    }
  });

  test('the events a log entry names must be events of the file', () => {
    const file = makeEventsFile([makeEvent()]);
    expect(() =>
      linkEventsToPassages(entry({ passage: 'port', events: ['nowhere'] }), outline, file, files, NEIGHBOURS),
    ).toThrow(
      `corrections[0].events[0]: found "nowhere"; no event has this id; name events of the events file: ${file.events[0]!.id}`,
    );
  });

  test('an event dated "after" another comes straight after it, whatever the file order', () => {
    const { events } = link(
      makeEvent({ id: 'visit', date: { relative: 'after', after: 'early', label: 'eventually' } }),
      makeEvent({ id: 'late', date: { iso: '2022-01', label: 'January 2022' } }),
      makeEvent({ id: 'early', date: { iso: '2021-12', label: 'December 2021' } }),
    );
    expect(events.map((e) => e.id)).toEqual(['early', 'visit', 'late']);
  });
});

import { describe, expect, test } from 'vitest';
import { AnalysisSchema } from '../../src/schemas/analysis';
import { EventSchema, EventsFileSchema } from '../../src/schemas/event';
import { makeEvent, makeEventsFile, smallAnalysis } from './fixtures';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('EventSchema', () => {
  test('accepts a well-formed event', () => {
    expect(EventSchema.parse(makeEvent())).toEqual(makeEvent());
  });

  test('a longitude outside [-180, 180] is refused with the order of coordinates spelled out', () => {
    const result = EventSchema.safeParse(
      makeEvent({ place: { name: 'Kabul', coordinates: [190, 34.5] }, precision: 'city' }),
    );
    expect(messages(result)).toContain(
      'place.coordinates.0: longitude is above 180; coordinates are [longitude, latitude] in degrees',
    );
  });

  test('a latitude outside [-90, 90] is refused', () => {
    const result = EventSchema.safeParse(
      makeEvent({ place: { name: 'Kabul', coordinates: [69.2, -95] }, precision: 'city' }),
    );
    expect(messages(result)).toContain(
      'place.coordinates.1: latitude is below -90; coordinates are [longitude, latitude] in degrees',
    );
  });

  test.each(['2022-13', '2022-02-30', 'January 2022', '22-01', '2022-1'])(
    'the malformed date %s is refused with the expected form',
    (iso) => {
      const result = EventSchema.safeParse(makeEvent({ date: { iso, label: 'some time' } }));
      expect(messages(result)).toContain(
        `date.iso: got "${iso}"; write YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, e.g. "2022-01" (18XX or 189X for a century or decade)`,
      );
    },
  );

  test.each(['1893', '2021-12', '2021-08-15', '2024-02-29'])('the partial date %s is accepted', (iso) => {
    expect(EventSchema.safeParse(makeEvent({ date: { iso, label: iso } })).success).toBe(true);
  });

  test('an event with no place must say it is timeline-only', () => {
    const result = EventSchema.safeParse(makeEvent({ place: null, precision: undefined }));
    expect(messages(result)).toEqual([
      'timelineOnly: with "place": null the event is shown on the timeline only; set "timelineOnly": true (or give the place, if the reporting names one)',
    ]);
  });

  test('a timeline-only event takes no precision', () => {
    const result = EventSchema.safeParse(makeEvent({ place: null, timelineOnly: true }));
    expect(messages(result)).toContain(
      'precision: a timeline-only event has no place, so no precision; remove "precision"',
    );
  });

  test('a placed event must say how precise its place is', () => {
    const result = EventSchema.safeParse(makeEvent({ precision: undefined }));
    expect(messages(result)[0]).toMatch(/^precision: say how well the place is known: "border"$/);
  });

  test('a border id must be two alpha-3 codes', () => {
    const result = EventSchema.safeParse(makeEvent({ place: { name: 'x', border: 'Durand' } }));
    expect(messages(result)).toContain(
      'place.border: got "Durand"; name a border as two alpha-3 codes in alphabetical order, e.g. "AFG-PAK"',
    );
  });

  test('an unknown kind is refused with the list of kinds', () => {
    const result = EventSchema.safeParse({ ...makeEvent(), kind: 'battle' });
    expect(messages(result)).toContain(
      'kind: got "battle"; use one of diplomacy, clash, humanitarian, economy, security, history, infrastructure',
    );
  });

  test('an unknown field is refused rather than ignored', () => {
    const result = EventSchema.safeParse({ ...makeEvent(), pasage: 'typo' });
    expect(result.success).toBe(false);
  });

  test('the events file holds its events under "events"', () => {
    expect(EventsFileSchema.safeParse([makeEvent()]).success).toBe(false);
    expect(EventsFileSchema.parse(makeEventsFile([makeEvent()])).events).toHaveLength(1);
  });

  test('keys starting with // are notes for editors at any depth, and are not read', () => {
    const event = (note: Record<string, string>) => ({ ...makeEvent(), ...note }) as ReturnType<typeof makeEvent>;
    const noted = { '//': 'about the file', ...makeEventsFile([event({ '//date': 'as the text says it' })]) };
    expect(EventsFileSchema.parse(noted)).toEqual(EventsFileSchema.parse(makeEventsFile([makeEvent()])));
    expect(EventsFileSchema.safeParse(makeEventsFile([event({ '/date': 'one slash' })])).success).toBe(false);
  });
});

describe('AnalysisSchema', () => {
  const frontmatter = { ...smallAnalysis, published: '2022-02-07' };

  test('accepts complete frontmatter and reads the dates', () => {
    expect(AnalysisSchema.parse(frontmatter).published.toISOString()).toBe('2022-02-07T00:00:00.000Z');
  });

  test('a missing title is refused', () => {
    const { title: _title, ...untitled } = frontmatter;
    expect(AnalysisSchema.safeParse(untitled).success).toBe(false);
  });

  test('an empty title asks for a headline', () => {
    expect(messages(AnalysisSchema.safeParse({ ...frontmatter, title: ' ' }))).toContain(
      'title: the title is empty; give the analysis a headline',
    );
  });

  test('a bad published date is refused with the date form', () => {
    expect(messages(AnalysisSchema.safeParse({ ...frontmatter, published: 'Feb 30th' }))).toContain(
      'published: published got "Feb 30th"; write a calendar date as YYYY-MM-DD, e.g. 2022-02-07',
    );
  });

  test('an update before publication is refused', () => {
    expect(messages(AnalysisSchema.safeParse({ ...frontmatter, updated: '2022-01-01' }))).toContain(
      'updated: updated is earlier than published; an update cannot precede publication',
    );
  });

  test('a region code that is not alpha-3 is refused', () => {
    expect(messages(AnalysisSchema.safeParse({ ...frontmatter, region: ['AF'] }))[0]).toMatch(
      /region.0: got "AF"; use an ISO 3166-1 alpha-3 code/,
    );
  });
});

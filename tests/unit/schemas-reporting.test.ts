import { describe, expect, test } from 'vitest';
import { AnalysisSchema, lastUpdated } from '../../src/schemas/analysis';
import { EventSchema } from '../../src/schemas/event';
import { makeEvent, smallAnalysis } from './fixtures';

// What the reporting supports, and how each misuse of the fields that say so is refused: dates
// that are not days, places that are only countries, hedges, attribution and corrections.
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
const event = (overrides: Record<string, unknown>) => EventSchema.safeParse({ ...makeEvent(), ...overrides });
const kabul = { name: 'Kabul', coordinates: [69.18, 34.53] };
const norway = { name: 'Norway', country: 'NOR', offMap: true };

describe('an event’s date says only what the reporting says', () => {
  test.each([
    [{ relative: 'recently', label: 'recently' }],
    [{ relative: 'undated', label: 'no date given' }],
    [{ relative: 'ahead', label: 'a claim about the future' }],
    [{ relative: 'after', after: 'talks', label: 'eventually' }],
    [{ iso: '18XX', label: 'the late 1800s' }],
    [{ iso: '189X', label: 'the 1890s' }],
  ])('%o is accepted', (date) => {
    expect(messages(event({ date }))).toEqual([]);
  });

  test.each(['1XXX', '18XX-01', '18X'])('the unspecified year %s is refused', (iso) => {
    expect(messages(event({ date: { iso, label: 'long ago' } }))[0]).toMatch(/^date.iso: got "/);
  });

  test('a date with neither iso nor relative asks for one of them', () => {
    expect(messages(event({ date: { label: 'recently' } }))).toEqual([
      'date.iso: neither iso nor relative is given; write "iso" for a date the reporting gives, or "relative": one of recently, after, undated, ahead',
    ]);
  });

  test('a date with both iso and relative asks to keep one', () => {
    expect(messages(event({ date: { iso: '2022-01', relative: 'recently', label: 'recently' } }))).toEqual([
      'date.relative: both iso "2022-01" and relative "recently" are given; keep iso if the reporting dates the event, else relative',
    ]);
  });

  test('"after" needs the event it followed, and only goes with "after"', () => {
    expect(messages(event({ date: { relative: 'after', label: 'eventually' } }))).toEqual([
      'date.after: "relative": "after" needs "after": the id of the event this one followed',
    ]);
    expect(messages(event({ date: { relative: 'recently', after: 'talks', label: 'recently' } }))).toEqual([
      'date.after: "after" is "talks" but relative is "recently"; set "relative": "after" or remove "after"',
    ]);
  });

  test('an unknown relative date is refused with the list', () => {
    expect(messages(event({ date: { relative: 'soon', label: 'soon' } }))).toContain(
      'date.relative: got "soon"; use one of recently, after, undated, ahead',
    );
  });
});

describe('an event’s precision matches its place', () => {
  test('a country named without a place takes "country"', () => {
    expect(messages(event({ place: norway, precision: 'country' }))).toEqual([]);
  });

  test('a city precision on a country is refused', () => {
    expect(messages(event({ place: norway, precision: 'city' }))).toEqual(['precision: a country takes "country"']);
  });

  test('a country precision on a point is refused', () => {
    expect(messages(event({ place: kabul, precision: 'country' }))).toEqual([
      'precision: a point takes "exact" or "city" or "province" or "approximate"',
    ]);
  });

  test('a point precision on a border is refused', () => {
    expect(messages(event({ precision: 'city' }))).toEqual(['precision: a border takes "border"']);
  });

  test('an approximate place must say so in its name', () => {
    expect(messages(event({ place: { name: 'Sistan', coordinates: [61.5, 31] }, precision: 'approximate' }))).toEqual([
      'place.name: an approximate place says so in its name, e.g. "Sistan (approximate)"',
    ]);
    const named = { name: 'Sistan region (approximate)', coordinates: [61.5, 31] };
    expect(messages(event({ place: named, precision: 'approximate' }))).toEqual([]);
  });

  test('a country is named by its alpha-3 code', () => {
    expect(messages(event({ place: { name: 'Norway', country: 'Norway' }, precision: 'country' }))[0]).toMatch(
      /^place\.country: got "Norway"; use an ISO 3166-1 alpha-3 code/,
    );
  });

  test('an unknown precision is refused with the list', () => {
    expect(messages(event({ precision: 'region' }))).toContain(
      'precision: got "region"; use one of exact, city, province, approximate, country, border',
    );
  });
});

describe('an event’s hedges and who says so', () => {
  test('one hedge or a list are read as a list; none as an empty one', () => {
    expect(EventSchema.parse({ ...makeEvent(), hedge: 'rumoured' }).hedge).toEqual(['rumoured']);
    const both = { ...makeEvent(), hedge: ['reported', 'disputed'], attribution: 'the NRF denied it' };
    expect(EventSchema.parse(both).hedge).toEqual(['reported', 'disputed']);
    const { hedge: _hedge, ...unhedged } = makeEvent();
    expect(EventSchema.parse(unhedged).hedge).toEqual([]);
  });

  test.each(['labelled', 'appears'])('the hedge "%s" is part of the vocabulary', (hedge) => {
    expect(messages(event({ hedge }))).toEqual([]);
  });

  test('an unknown hedge is refused with the list', () => {
    expect(messages(event({ hedge: 'officially' }))[0]).toMatch(
      /^hedge(\.0)?: got "officially"; use one of reported, rumoured, anonymous-sources, disputed, labelled, appears$/,
    );
  });

  test('a hedge named twice is refused', () => {
    expect(messages(event({ hedge: ['reported', 'reported'] }))).toEqual([
      'hedge: got ["reported","reported"]; name each hedge once',
    ]);
  });

  test('anonymous sources must say whose they are', () => {
    expect(messages(event({ hedge: 'anonymous-sources' }))).toEqual([
      'attribution: the hedge "anonymous-sources" needs an attribution: say whose sources these are, e.g. "Pakistani government sources speaking anonymously"',
    ]);
  });

  test('a disputed report must say who disputes it', () => {
    expect(messages(event({ hedge: 'disputed' }))).toEqual([
      'attribution: the hedge "disputed" needs an attribution: say who disputes or denies it, e.g. "the NRF denied it"',
    ]);
  });

  test('an empty attribution is refused', () => {
    expect(messages(event({ attribution: ' ' }))).toEqual([
      'attribution: the attribution is empty; say who says so, e.g. "the Taliban said", or remove it',
    ]);
  });
});

describe('corrections', () => {
  const frontmatter = { ...smallAnalysis, published: '2022-02-07' };
  const correction = {
    date: '2022-03-01',
    passage: 'border-clash',
    wrong: 'It said Oslo.',
    right: 'The reporting names only Norway.',
  };
  const parse = (extra: Record<string, unknown>) => AnalysisSchema.safeParse({ ...frontmatter, ...extra });

  test('a correction is read with its date, and its earlier wording is optional', () => {
    const parsed = AnalysisSchema.parse({ ...frontmatter, corrections: [{ ...correction, earlier: 'In Oslo.' }] });
    expect(parsed.corrections[0]!.date.toISOString().slice(0, 10)).toBe('2022-03-01');
    expect(parse({ corrections: [correction] }).success).toBe(true);
  });

  test('a correction dated before publication is refused', () => {
    expect(messages(parse({ corrections: [{ ...correction, date: '2022-01-01' }] }))).toEqual([
      'corrections.0.date: that is before publication on 2022-02-07; a correction is dated the day it is made',
    ]);
  });

  test('corrections are listed oldest first', () => {
    const later = { ...correction, date: '2022-04-01' };
    expect(messages(parse({ corrections: [later, correction] }))).toEqual([
      'corrections.1.date: that is earlier than the correction above it (2022-04-01); list corrections oldest first',
    ]);
  });

  test('an updated date older than a correction is refused', () => {
    expect(messages(parse({ updated: '2022-02-10', corrections: [correction] }))).toEqual([
      'updated: the correction of "border-clash" is later (2022-03-01); set updated to 2022-03-01 or remove it (the latest correction dates the update)',
    ]);
  });

  test.each([
    ['wrong', 'wrong is empty; say in a sentence what the passage got wrong'],
    ['right', 'right is empty; say in a sentence what is right'],
    ['earlier', 'earlier is empty; quote the earlier wording or remove the field'],
  ])('an empty %s is refused', (field, message) => {
    expect(messages(parse({ corrections: [{ ...correction, [field]: '' }] }))).toEqual([
      `corrections.0.${field}: ${message}`,
    ]);
  });

  test('a correction without a passage or with an unknown field is refused', () => {
    const { passage: _passage, ...nowhere } = correction;
    expect(parse({ corrections: [nowhere] }).success).toBe(false);
    expect(parse({ corrections: [{ ...correction, by: 'the desk' }] }).success).toBe(false);
  });

  test('the last update is the latest correction or update, and there is none without either', () => {
    const read = (extra: Record<string, unknown>) => lastUpdated(AnalysisSchema.parse({ ...frontmatter, ...extra }));
    expect(read({})).toBeUndefined();
    expect(read({ updated: '2022-02-09' })?.toISOString().slice(0, 10)).toBe('2022-02-09');
    expect(
      read({ updated: '2022-03-02', corrections: [correction] })
        ?.toISOString()
        .slice(0, 10),
    ).toBe('2022-03-02');
    expect(
      read({ corrections: [correction] })
        ?.toISOString()
        .slice(0, 10),
    ).toBe('2022-03-01');
  });
});

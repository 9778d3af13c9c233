import { describe, expect, test } from 'vitest';
import { findMisencoded } from '../../src/integrations/check-encoding';
import { BALTIC_FILES, checkBaltic, SchemaProblem, type BalticEdit, type RawEventsFile } from './baltic-site';

// Every broken input the build must refuse, each a one-line change to the Baltic fixture site,
// caught by the function that throws for it and read as the editor would read it. Whole builds
// (tests/build/bad-input.test.ts) keep one case of each kind of error, to prove the message
// reaches the editor's terminal as one line naming the file.
const ANALYSIS = 'content/analyses/baltic-fixture.mdx';
const EVENTS = 'data/events/baltic-fixture.json';

/** The message of the first problem the checks find, or "" when there is none. */
function problemWith(edit: BalticEdit): string {
  try {
    checkBaltic(edit);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const riga = (change: (event: RawEventsFile['events'][number]) => void): BalticEdit => ({
  events: (file) => change(file.events[1]!),
});

/** Problems of reference and geography: a ContentError, one line that starts with the file. */
const CONTENT_PROBLEMS: [string, BalticEdit, string, RegExp][] = [
  [
    'an event naming a passage that does not exist',
    riga((event) => (event.passage = 'riga-paragraph')),
    EVENTS,
    /passage \(event "fixture-riga-meeting"\) is "riga-paragraph"; no <Passage>/,
  ],
  [
    'two passages with one id',
    { body: (mdx) => mdx.replace('<Passage id="riga-passage">', '<Passage id="border-passage">') },
    ANALYSIS,
    /<Passage id> is "border-passage"; this id is already used/,
  ],
  [
    'an event entity the analysis does not declare',
    riga((event) => (event.entities = ['lithuania'])),
    EVENTS,
    /entities \(event "fixture-riga-meeting"\) is "lithuania"; declare it/,
  ],
  [
    'an event on a border the map does not draw',
    { events: (file) => (file.events[0]!.place!.border = 'EST-LTU') },
    EVENTS,
    /place\.border \(event "fixture-border-event"\) is "EST-LTU"; the map does not draw this border/,
  ],
  [
    'a place with longitude and latitude swapped, far outside the map',
    riga((event) => (event.place = { name: 'Riga', coordinates: [56.95, 24.11] })),
    EVENTS,
    /falls outside the map of EST, LVA, LTU; if the place really is elsewhere add "offMap": true/,
  ],
  [
    '"after" an event that does not exist',
    riga((event) => (event.date = { relative: 'after', after: 'fixture-summit', label: 'later' })),
    EVENTS,
    /events\[1\]\.date\.after \(event "fixture-riga-meeting"\) is "fixture-summit"; name another event of this file that this one followed: fixture-border-event/,
  ],
  [
    'a correction of a passage that does not exist',
    {
      frontmatter: (data) =>
        (data.corrections = [
          {
            date: new Date('2024-05-02'),
            passage: 'riga-paragraph',
            wrong: 'It named the wrong city.',
            right: 'It now names Riga.',
          },
        ]),
    },
    ANALYSIS,
    /corrections\[0\]\.passage is "riga-paragraph"; no <Passage> has this id; a correction notes the passage it changed: border-passage, riga-passage/,
  ],
];

/** Problems of form: the schema's issue, which Astro prints under the file's name. */
const SCHEMA_PROBLEMS: [string, BalticEdit, RegExp][] = [
  [
    'a longitude above 180',
    riga((event) => (event.place = { name: 'Riga', coordinates: [204.11, 56.95] })),
    /^events\.1\.place\.coordinates\.0: longitude is above 180/m,
  ],
  [
    'a day that no month has',
    riga((event) => (event.date = { iso: '2024-04-31', label: '20 April 2024' })),
    /^events\.1\.date\.iso: got "2024-04-31"; write YYYY, YYYY-MM or YYYY-MM-DD/m,
  ],
  [
    'an event with no place that is not marked timeline-only',
    riga((event) => {
      event.place = null;
      delete event.precision;
    }),
    /^events\.1\.place: place is null but timelineOnly is false/m,
  ],
  [
    'a country given a city’s precision',
    riga((event) => (event.place = { name: 'Latvia', country: 'LVA' })),
    /^events\.1\.precision: got "city" for a country; a country takes "country"/m,
  ],
  [
    'anonymous sources without an attribution',
    riga((event) => (event.hedge = 'anonymous-sources')),
    /^events\.1\.attribution: attribution is missing for the hedge "anonymous-sources"; say whose sources these are/m,
  ],
  [
    'frontmatter without a title',
    { frontmatter: (data) => delete data.title },
    /^title: Invalid input: expected string, received undefined$/m,
  ],
  [
    'an empty file, whose frontmatter is empty',
    { frontmatter: (data) => Object.keys(data).forEach((key) => delete data[key]) },
    /^title: Invalid input: expected string, received undefined$/m,
  ],
];

describe('each broken input is refused by the check that owns it', () => {
  test('the unbroken fixture passes every check, so each refusal below is the edit’s doing', () => {
    expect(problemWith({})).toBe('');
  });

  test.each(CONTENT_PROBLEMS)('%s: one line naming the file and the fix', (_, edit, file, problem) => {
    const message = problemWith(edit);
    expect(message).toMatch(problem);
    expect(message.startsWith(`tests/fixtures/sites/baltic/${file}: `), message).toBe(true);
    expect(message).not.toContain('\n');
  });

  test.each(SCHEMA_PROBLEMS)('%s: the field and what to write', (_, edit, problem) => {
    let thrown: unknown;
    try {
      checkBaltic(edit);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SchemaProblem);
    expect((thrown as Error).message).toMatch(problem);
  });
});

test('a file that is not UTF-8 is named, with the text around the stray byte', () => {
  const bytes = new Uint8Array([...Buffer.from('a meeting in R'), 0xed, ...Buffer.from('ga.\n')]);
  const utf8 = new TextEncoder().encode('a meeting in Rīga.\n');
  const path = BALTIC_FILES.analysis;
  expect(findMisencoded([{ path, bytes: utf8 }])).toBeUndefined();
  expect(
    findMisencoded([
      { path, bytes: utf8 },
      { path, bytes },
    ])?.message,
  ).toBe(`${path}: encoding is "a meeting in Ríga. "; the file is not valid UTF-8 near this text; save it as UTF-8`);
});

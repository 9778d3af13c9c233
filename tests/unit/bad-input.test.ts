import { describe, expect, test } from 'vitest';
import { decodeUtf8 } from '../../src/lib/check/read-sources';
import { BALTIC_FILES, checkBaltic, type BalticEdit, type RawEventsFile } from './baltic-site';
import { PROBLEM_LINE } from './problem-line';

// Every broken input the build must refuse, each a small change to the Baltic fixture site, read
// through the build's own content check as the editor reads it: one line per problem,
// "file[:line:column]: where: found …; fix", with the event named by its id. Whole builds
// (tests/build/bad-input.test.ts) prove that these lines are all `npm run build` prints.
const ANALYSIS = BALTIC_FILES.analysis;
const EVENTS = BALTIC_FILES.events;

const riga = (change: (event: RawEventsFile['events'][number]) => void): BalticEdit => ({
  events: (file) => change(file.events[1]!),
});
const border = (change: (event: RawEventsFile['events'][number], file: RawEventsFile) => void): BalticEdit => ({
  events: (file) => change(file.events[0]!, file),
});

/** [what the editor did, the edit, the file named, the line expected (from "where" on), its position]. */
const CASES: [string, BalticEdit, string, string | RegExp, (string | RegExp)?][] = [
  [
    'an event naming a passage that does not exist',
    riga((event) => (event.passage = 'riga-paragraph')),
    EVENTS,
    'event "fixture-riga-meeting" passage: found "riga-paragraph"; no <Passage> in tests/fixtures/sites/baltic/content/analyses/baltic-fixture.mdx has this id; use one of: border-passage, riga-passage',
  ],
  [
    'two passages with one id',
    { body: (mdx) => mdx.replace('<Passage id="riga-passage">', '<Passage id="border-passage">') },
    ANALYSIS,
    '<Passage id>: found "border-passage"; the <Passage> on line 8 has this id already; ids must be unique in an analysis',
    '18:1',
  ],
  [
    'an event entity the analysis does not declare',
    riga((event) => (event.entities = ['lithuania'])),
    EVENTS,
    /^event "fixture-riga-meeting" entities: found "lithuania"; declare it/,
  ],
  [
    'an analysis naming an actor the registry lacks',
    {
      text: {
        analysis: (text) =>
          text.replace('entities: [estonia, latvia, eu]', 'entities: [estonia, latvia, eu, lithuana]'),
      },
    },
    ANALYSIS,
    'entities: found "lithuana"; did you mean "lithuania"? every actor has a file in data/entities/: add data/entities/lithuana.json with its kind and its names in en, fa and ps',
    '7:1',
  ],
  [
    'an actor of a kind the registry does not know',
    { actors: (files) => files.set('eu.json', files.get('eu.json')!.replace('"organisation"', '"organization"')) },
    'tests/fixtures/sites/baltic/data/entities/eu.json',
    /^kind: found "organization"; .*use one of state, government, armed-group, organisation, person/,
  ],
  [
    'a state without its country code',
    { actors: (files) => files.set('latvia.json', files.get('latvia.json')!.replace('"country": "LVA", ', '')) },
    'tests/fixtures/sites/baltic/data/entities/latvia.json',
    /^country: found nothing; a state names its ISO alpha-3 country code/,
  ],
  [
    'a border of the map between states the registry lacks',
    {
      actors: (files) => files.delete('lithuania.json'),
      events: (file) => {
        (file.map.borders as unknown[]).push({ id: 'LTU-LVA', name: 'the border', passage: 'border-passage' });
      },
      edition: { words: (words) => (words.map.borders['LTU-LVA'] = { name: 'مرز' }) },
    },
    EVENTS,
    'map.borders "LTU-LVA": found "LTU"; a border joins two states of the registry; add a file to data/entities/ with "kind": "state" and "country": "LTU"',
  ],
  [
    'two events with one id',
    riga((event) => (event.id = 'fixture-border-event')),
    EVENTS,
    'events[1].id: found "fixture-border-event"; events[0] has this id already; event ids must be unique, so rename one of them',
  ],
  [
    'an event on a border between neighbours that the map does not draw',
    border((event) => (event.place!.border = 'LTU-LVA')),
    EVENTS,
    'event "fixture-border-event" place.border: found "LTU-LVA"; the map does not draw this border yet; add { "id": "LTU-LVA", "name": "…", "passage": "border-passage" } to map.borders',
  ],
  [
    'an event on a "border" between countries that are not neighbours',
    border((event) => (event.place!.border = 'EST-LTU')),
    EVENTS,
    'event "fixture-border-event" place.border: found "EST-LTU"; EST and LTU do not share a boundary in the region\'s map; a border joins neighbours: EST-LVA, LTU-LVA',
  ],
  [
    'a border of the map between countries that are not neighbours',
    { events: (file) => ((file.map.borders as { id: string }[])[0]!.id = 'EST-LTU') },
    EVENTS,
    /^map\.borders\[0\]\.id: found "EST-LTU"; EST and LTU do not share a boundary in the region's map; a border joins neighbours: EST-LVA, LTU-LVA$/,
  ],
  [
    'a border written out of order',
    border((event, file) => {
      event.place!.border = 'LVA-EST';
      (file.map.borders as { id: string }[])[0]!.id = 'LVA-EST';
    }),
    EVENTS,
    'map.borders[0].id: found "LVA-EST"; write the two codes in alphabetical order: "EST-LVA"',
  ],
  [
    'a place with longitude and latitude swapped, far outside the map',
    riga((event) => (event.place = { name: 'Riga', coordinates: [56.95, 24.11] })),
    EVENTS,
    /^event "fixture-riga-meeting" place\.coordinates: found \[56\.95,24\.11\]; this falls outside the map of EST, LVA, LTU; if the place really is elsewhere add "offMap": true/,
  ],
  [
    '"after" an event that does not exist',
    riga((event) => (event.date = { relative: 'after', after: 'fixture-summit', label: 'later' })),
    EVENTS,
    'event "fixture-riga-meeting" date.after: found "fixture-summit"; name another event of this file that this one followed: fixture-border-event',
  ],
  [
    'a correction of a passage that does not exist',
    {
      frontmatter: (data) =>
        (data.corrections = [
          {
            date: '2024-05-02',
            passage: 'riga-paragraph',
            wrong: 'It named the wrong city.',
            right: 'It now names Riga.',
          },
        ]),
    },
    ANALYSIS,
    'corrections[0].passage: found "riga-paragraph"; no passage or section has this id; name where the change was: border-passage, riga-passage, north, riga, headline, dek, map',
  ],
  [
    'a <Place> the map does not have, misspelt',
    { body: (mdx) => mdx.replace('a meeting in Riga.', 'a meeting in <Place to="rgia">Riga</Place>.') },
    ANALYSIS,
    /^<Place to>: found "rgia"; did you mean "riga"\? the map has a marker or border by each of these names: EST-LVA, riga$/,
    '20:40',
  ],
  [
    'a longitude above 180',
    riga((event) => (event.place = { name: 'Riga', coordinates: [204.11, 56.95] })),
    EVENTS,
    'event "fixture-riga-meeting" place.coordinates[0]: found 204.11; longitude is above 180; coordinates are [longitude, latitude] in degrees',
  ],
  [
    'a day that no month has',
    riga((event) => (event.date = { iso: '2024-04-31', label: '20 April 2024' })),
    EVENTS,
    /^event "fixture-riga-meeting" date\.iso: found "2024-04-31"; write YYYY, YYYY-MM or YYYY-MM-DD/,
  ],
  [
    'an event with no place that is not marked timeline-only, with a precision left over',
    riga((event) => (event.place = null)),
    EVENTS,
    'event "fixture-riga-meeting" timelineOnly: found false; with "place": null the event is shown on the timeline only; set "timelineOnly": true and remove "precision" (or give the place, if the reporting names one)',
  ],
  [
    'a country given a city’s precision',
    riga((event) => (event.place = { name: 'Latvia', country: 'LVA' })),
    EVENTS,
    'event "fixture-riga-meeting" precision: found "city"; a country takes "country"',
  ],
  [
    'anonymous sources without an attribution',
    riga((event) => (event.hedge = 'anonymous-sources')),
    EVENTS,
    /^event "fixture-riga-meeting" attribution: found nothing; the hedge "anonymous-sources" needs an attribution: say whose sources these are/,
  ],
  [
    'a misspelt field',
    riga((event) => {
      event.pasage = event.passage;
      delete event.passage;
    }),
    EVENTS,
    /^event "fixture-riga-meeting" pasage: found "riga-passage"; this field is not one the site reads; did you mean "passage"\?$/,
  ],
  [
    'an event kind the vocabulary lacks',
    riga((event) => (event.kind = 'dam')),
    EVENTS,
    /^event "fixture-riga-meeting" kind: found "dam"; use one of diplomacy, /,
  ],
  [
    'frontmatter without a title',
    { frontmatter: (data) => delete data.title },
    ANALYSIS,
    'title: found nothing; this field is required: give it a string',
  ],
  [
    'a trailing comma in the events file',
    { text: { events: (json) => json.replace(/"riga-passage"\n/, '"riga-passage",\n') } },
    EVENTS,
    'JSON syntax: found "}"; remove the comma after the last item',
    '32:5',
  ],
  [
    'an apostrophe inside a single-quoted title',
    {
      text: {
        analysis: (mdx) => mdx.replace("title: 'Fixture: three Baltic states'", "title: 'The Baltic states' fixture'"),
      },
    },
    ANALYSIS,
    /^frontmatter: found "title: 'The Baltic states' fixture'"; an apostrophe ends a value in single quotes: write it twice \(''\), or put the value in double quotes$/,
    /^2:\d+$/,
  ],
  [
    'a stray brace in the text',
    { text: { analysis: (mdx) => mdx.replace('a meeting in Riga.', 'a meeting in {Riga.') } },
    ANALYSIS,
    /^MDX: found "A fixture paragraph about a meeting in \{Riga\."; Unexpected end of file in expression.*; a \{ starts an expression in MDX: close it with \}, or write \\\{ for a brace in the text$/,
    /^\d+:\d+$/,
  ],
];

describe('each broken input is refused in one line, in the editor’s words', () => {
  test('the unbroken fixture passes every check, so each refusal below is the edit’s doing', () => {
    expect(checkBaltic().lines).toEqual([]);
  });

  test.each(CASES)('%s', (_, edit, file, expected, position) => {
    const { lines } = checkBaltic(edit);
    expect(lines, lines.join('\n')).toHaveLength(1);
    const line = lines[0]!;
    const parts = PROBLEM_LINE.exec(line)?.groups;
    expect(parts, line).toBeDefined();
    expect(parts!.file).toBe(file);
    const where = line.slice(line.indexOf(': ') + 2);
    if (typeof expected === 'string') expect(where).toBe(expected);
    else expect(where).toMatch(expected);
    const at = parts!.line ? `${parts!.line}:${parts!.column}` : undefined;
    if (position === undefined) expect(at).toBeUndefined();
    else if (typeof position === 'string') expect(at).toBe(position);
    else expect(at).toMatch(position);
  });

  test('several problems are listed together, one line each', () => {
    const { lines } = checkBaltic({
      events: (file) => {
        file.events[0]!.kind = 'dam';
        file.events[1]!.date = { iso: '2024-13', label: 'sometime' };
      },
      frontmatter: (data) => delete data.byline,
    });
    expect(lines).toEqual([
      `${EVENTS}: event "fixture-border-event" kind: found "dam"; use one of diplomacy, clash, humanitarian, economy, security, history, infrastructure`,
      expect.stringMatching(/: event "fixture-riga-meeting" date\.iso: found "2024-13"; /),
      `${ANALYSIS}: byline: found nothing; this field is required: give it a string`,
    ]);
  });
});

describe('what the generated mistakes found (tests/unit/content-mutations.test.ts, seed 20261129)', () => {
  test('a field name misspelt with a line break stays on one line, quoted, and the whole map is shortened', () => {
    const { lines } = checkBaltic({
      events: (file) => {
        (file as unknown as Record<string, unknown>)['\nmap'] = file.map;
        delete (file as unknown as Record<string, unknown>).map;
      },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(PROBLEM_LINE);
    expect(lines[0]).toMatch(
      /^[^\n]+: \["\\nmap"\]: found \{"capitals":.{60,80}\}; this field is not one the site reads; did you mean "map"\?$/,
    );
  });
});

// These change what the original says, so its Dari edition would have to follow (tests/unit/editions.test.ts):
// they check the original alone, as an analysis not yet translated.
const untranslated = (edit: BalticEdit): BalticEdit => ({ ...edit, edition: { without: 'both' } });

describe('every fix a message suggests is itself valid', () => {
  test('writing the border in the order offered passes', () => {
    expect(checkBaltic(border((event) => (event.place!.border = 'EST-LVA'))).lines).toEqual([]);
  });

  test('adding the border to map.borders as offered passes', () => {
    const { lines } = checkBaltic(
      untranslated(
        border((event, file) => {
          event.place!.border = 'LTU-LVA';
          (file.map.borders as unknown[]).push({
            id: 'LTU-LVA',
            name: 'the Latvia–Lithuania border',
            passage: 'border-passage',
          });
        }),
      ),
    );
    expect(lines).toEqual([]);
  });

  test('each pair offered for a non-neighbour border is one the map can draw', () => {
    const { lines } = checkBaltic(border((event) => (event.place!.border = 'EST-LTU')));
    const offered = /a border joins neighbours: (.+)$/.exec(lines[0]!)![1]!.split(', ');
    for (const pair of offered) {
      const drawn = checkBaltic(
        untranslated(
          border((event, file) => {
            event.place!.border = pair;
            (file.map.borders as { id: string }[])[0]!.id = pair;
          }),
        ),
      );
      expect(drawn.lines, pair).toEqual([]);
    }
  });

  test('setting "timelineOnly": true and removing "precision", as told, passes', () => {
    const edit = riga((event) => {
      event.place = null;
      event.timelineOnly = true;
      delete event.precision;
    });
    expect(checkBaltic(untranslated(edit)).lines).toEqual([]);
  });
});

describe('files', () => {
  test('an empty analysis or events file is named, with where to start', () => {
    expect(checkBaltic({ text: { analysis: () => '\n' } }).lines).toEqual([
      `${ANALYSIS}: file: found "\\n"; the file is empty; write its content, or start from npm run new -- <slug>`,
    ]);
    expect(checkBaltic({ text: { events: () => '' } }).lines).toEqual([
      `${EVENTS}: file: found ""; the file is empty; write its content, or start from npm run new -- <slug>`,
    ]);
  });

  test('a file that is not UTF-8 is named, with the text around the stray byte', () => {
    const bytes = new Uint8Array([...Buffer.from('a meeting in R'), 0xed, ...Buffer.from('ga.\n')]);
    expect(decodeUtf8({ path: ANALYSIS, bytes: new TextEncoder().encode('a meeting in Rīga.\n') })).toEqual({
      value: 'a meeting in Rīga.\n',
    });
    expect(decodeUtf8({ path: ANALYSIS, bytes }).problems?.[0]).toEqual({
      file: ANALYSIS,
      field: 'encoding',
      value: 'a meeting in Ríga. ',
      fix: 'the file is not valid UTF-8 near this text; save it as UTF-8',
    });
  });
});

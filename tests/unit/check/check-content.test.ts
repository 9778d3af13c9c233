import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content';
import { formatProblem } from '../../../src/lib/content/errors';
import { worldAtlas } from '../../../src/lib/geo/atlas';

// The content check on the first analysis's two files, each test with one mistake an editor
// makes: what the build prints is one line naming the file, the field, what was found and the fix.

const SLUG = 'taliban-iran-pakistan-2022';
const ANALYSIS = `content/analyses/${SLUG}.mdx`;
const EVENTS = `data/events/${SLUG}.json`;
const mdx = readFileSync(ANALYSIS, 'utf8');
const json = readFileSync(EVENTS, 'utf8');
const topology = worldAtlas().countries;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** The lines the build prints for these files (path and text). */
const problems = (files: Record<string, string>) =>
  checkContent(
    '.',
    Object.entries(files).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })),
    topology,
  ).problems.map(formatProblem);
/** The lines for the analysis as published with its events file changed by `edit`. */
const withEvents = (edit: (file: Json) => void) => {
  const file = JSON.parse(json) as Json;
  edit(file);
  return problems({ [ANALYSIS]: mdx, [EVENTS]: JSON.stringify(file, null, 2) });
};
const event = (file: Json, id: string) => (file.events as Json[]).find((e) => e.id === id)!;
const KABUL = 'taliban-take-kabul';
const DURAND = 'durand-line-drawn';

test('the first analysis as published has no problem', () => {
  expect(problems({ [ANALYSIS]: mdx, [EVENTS]: json })).toEqual([]);
});

describe('an event’s place', () => {
  test('a misspelt field is named, with the field it most likely meant, and not also as missing', () => {
    expect(
      withEvents((file) => {
        const place = event(file, KABUL).place;
        place.coordinatse = place.coordinates;
        delete place.coordinates;
      }),
    ).toEqual([
      `${EVENTS}: event "${KABUL}" place.coordinatse: found [69.18,34.53]; this field is not one the site reads; did you mean "coordinates"?`,
    ]);
  });

  test('a place with a name only is told the three kinds of place it may be', () => {
    expect(withEvents((file) => (event(file, KABUL).place = { name: 'Kabul' }))).toEqual([
      `${EVENTS}: event "${KABUL}" place: found {"name":"Kabul"}; a place needs "coordinates": [longitude, latitude], "border" (e.g. "AFG-PAK") or "country" (e.g. "NOR")`,
    ]);
  });

  test('a place of two kinds at once is asked to keep one, not told a field it has is unknown', () => {
    expect(withEvents((file) => (event(file, DURAND).place.coordinates = [69, 34]))).toEqual([
      `${EVENTS}: event "${DURAND}" place: found {"name":"the Durand Line","border":"AFG-PAK","coordinates":[69,34]}; a place is a point, a border or a country, not more than one: keep one of "border", "coordinates"`,
    ]);
  });

  test('coordinates that are not two numbers, or a latitude beyond the pole', () => {
    expect(withEvents((file) => (event(file, KABUL).place.coordinates = '69, 34'))).toEqual([
      `${EVENTS}: event "${KABUL}" place.coordinates: found "69, 34"; coordinates must be [longitude, latitude], two numbers`,
    ]);
    expect(withEvents((file) => (event(file, KABUL).place.coordinates = [69.18, 134.53]))).toEqual([
      `${EVENTS}: event "${KABUL}" place.coordinates[1]: found 134.53; latitude is above 90; coordinates are [longitude, latitude] in degrees`,
    ]);
  });

  test('a place written as its name alone is asked for an object', () => {
    expect(withEvents((file) => (event(file, KABUL).place = 'Kabul'))).toEqual([
      `${EVENTS}: event "${KABUL}" place: found "Kabul"; expected an object here`,
    ]);
  });
});

describe('an event’s other fields', () => {
  test('a value outside a field’s list is shown the list', () => {
    expect(withEvents((file) => (event(file, KABUL).precision = 'citty'))).toEqual([
      `${EVENTS}: event "${KABUL}" precision: found "citty"; use one of exact, city, province, approximate, country, border`,
    ]);
  });

  test('a missing field, and one of the wrong type, each say the type wanted', () => {
    expect(withEvents((file) => delete event(file, KABUL).title)).toEqual([
      `${EVENTS}: event "${KABUL}" title: found nothing; this field is required: give it a string`,
    ]);
    expect(withEvents((file) => (event(file, KABUL).title = 5))).toEqual([
      `${EVENTS}: event "${KABUL}" title: found 5; expected a string here`,
    ]);
  });

  test('a misspelt top-level field is named with the one it meant, its value cut short', () => {
    const [line] = withEvents((file) => {
      file.evnts = file.events;
      delete file.events;
    });
    expect(line).toMatch(
      new RegExp(
        `^${EVENTS}: evnts: found \\[\\{"id":"${DURAND}",.{40,60}…\\]; this field is not one the site reads; did you mean "events"\\?$`,
      ),
    );
  });

  test('an events file that is not an object is named as the file', () => {
    expect(problems({ [ANALYSIS]: mdx, [EVENTS]: '[]' })).toEqual([
      `${EVENTS}: the file: found []; expected an object here`,
    ]);
  });
});

describe('an event’s links to its analysis', () => {
  test('a passage id the analysis lacks is named, with the ids it has', () => {
    const [line] = withEvents((file) => (event(file, KABUL).passage = 'no-such'));
    expect(line).toMatch(
      new RegExp(
        `^${EVENTS}: event "${KABUL}" passage: found "no-such"; no <Passage> in ${ANALYSIS} has this id; use one of: six-months-on, courting-the-world, `,
      ),
    );
  });

  test('an id the page uses itself, or one a passage has, is refused: a link to it would lead elsewhere', () => {
    expect(withEvents((file) => (event(file, KABUL).id = 'map-kabul'))).toEqual([
      `${EVENTS}: event "map-kabul" id: found "map-kabul"; the page uses ids starting map-, timeline-, article- and correction- itself; rename the event`,
    ]);
    expect(withEvents((file) => (event(file, KABUL).id = 'iran-border-clash'))).toEqual([
      `${EVENTS}: event "iran-border-clash" id: found "iran-border-clash"; a section or passage of ${ANALYSIS} already has this id, so a link to it would be ambiguous; rename the event`,
    ]);
  });

  test('an event without an id is named by its place in the list', () => {
    const index = (JSON.parse(json) as Json).events.findIndex((e: Json) => e.id === KABUL);
    expect(withEvents((file) => delete event(file, KABUL).id)).toEqual([
      `${EVENTS}: events[${index}] id: found nothing; this field is required: give it a string`,
    ]);
  });

  test('an actor the analysis does not declare, and a capital outside its region', () => {
    expect(withEvents((file) => (event(file, KABUL).entities = ['russia']))).toEqual([
      `${EVENTS}: event "${KABUL}" entities: found "russia"; declare it in the analysis frontmatter's entities (afghanistan, iran, pakistan) or use one of those`,
    ]);
    expect(
      withEvents((file) => file.map.capitals.push({ name: 'Moscow', country: 'RUS', coordinates: [37.6, 55.7] })),
    ).toEqual([`${EVENTS}: map.capitals[3].country: found "RUS"; label capitals of the region only: AFG, IRN, PAK`]);
  });
});

describe('the analysis’s frontmatter', () => {
  test('a misspelt field is named with the one it meant; a field far from any is asked to go', () => {
    expect(problems({ [ANALYSIS]: mdx.replace(/^title:/m, 'tittle:'), [EVENTS]: json })).toEqual([
      `${ANALYSIS}: tittle: found "Between Tehran and Islamabad, the Taliban test their room to manoeuvre"; this field is not one the site reads; did you mean "title"?`,
    ]);
    expect(problems({ [ANALYSIS]: mdx.replace(/^byline:/m, 'zzzzqqq: x\nbyline:'), [EVENTS]: json })).toEqual([
      `${ANALYSIS}: zzzzqqq: found "x"; this field is not one the site reads; remove it`,
    ]);
  });

  test('a field whose name holds a space is quoted, as it cannot be typed bare', () => {
    expect(problems({ [ANALYSIS]: mdx.replace(/^byline:/m, 'my field: x\nbyline:'), [EVENTS]: json })).toEqual([
      `${ANALYSIS}: ["my field"]: found "x"; this field is not one the site reads; remove it`,
    ]);
  });

  test('a country the map does not know is named, with an example code', () => {
    expect(
      problems({ [ANALYSIS]: mdx.replace('region: [AFG, IRN, PAK]', 'region: [AFG, IRN, XYZ]'), [EVENTS]: json }),
    ).toEqual([
      `${ANALYSIS}: region: found "XYZ"; the map data has no country with this ISO alpha-3 code; check it (e.g. "AFG" for Afghanistan)`,
    ]);
  });
});

describe('the files themselves', () => {
  test('a file named otherwise than an address, or of another kind, is named with the fix', () => {
    expect(
      problems({
        'content/analyses/Taliban Notes.mdx': mdx,
        'content/analyses/notes.txt': 'x',
        [ANALYSIS]: mdx,
        [EVENTS]: json,
      }),
    ).toEqual([
      `content/analyses/Taliban Notes.mdx: file name: found "Taliban Notes.mdx"; the name is the analysis's address: lowercase words joined by hyphens, e.g. taliban-notes.mdx`,
      `content/analyses/notes.txt: file name: found "notes.txt"; only .mdx files belong in content/analyses; rename it or move it elsewhere`,
    ]);
  });

  test('an events file without its analysis, and an analysis without its events file', () => {
    expect(problems({ [EVENTS]: json })).toEqual([
      `${EVENTS}: file name: found "${SLUG}.json"; there is no ${ANALYSIS} for it; name the events file after its analysis`,
    ]);
    expect(problems({ [ANALYSIS]: mdx })).toEqual([
      `${EVENTS}: file: found nothing; create it for ${ANALYSIS}, with {"map": {"capitals": […], "borders": []}, "events": []}`,
    ]);
  });

  test('once both files read cleanly, they are checked against the map', () => {
    expect(withEvents((file) => (event(file, KABUL).place.coordinates = [34.53, 69.18]))).toEqual([
      `${EVENTS}: event "${KABUL}" place.coordinates: found [34.53,69.18]; this falls outside the map of AFG, IRN, PAK; if the place really is elsewhere add "offMap": true to the place, otherwise check the order [longitude, latitude]`,
    ]);
  });
});

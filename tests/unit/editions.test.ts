import { describe, expect, test } from 'vitest';
import { passageVersion } from '../../src/lib/content/editions/passage-text';
import { BALTIC_FILES, checkBaltic, type BalticEdit } from './baltic-site';
import { PROBLEM_LINE } from './problem-line';

// A translated edition shares every id with the original. The Baltic fixture has a Dari edition;
// each test changes one thing in it (or in the original) and reads what the editor is told.
const EDITION = BALTIC_FILES.edition;
const WORDS = BALTIC_FILES.editionWords;
const only = (edit: BalticEdit) => {
  const { lines } = checkBaltic(edit);
  expect(lines, lines.join('\n')).toHaveLength(1);
  expect(lines[0]).toMatch(PROBLEM_LINE);
  return lines[0]!;
};

describe('an edition against its original', () => {
  test('the fixture’s Dari edition is complete and up to date', () => {
    const { lines, stale, editions } = checkBaltic();
    expect(lines).toEqual([]);
    expect(stale).toEqual([]);
    expect(editions.get('baltic-fixture')?.map((edition) => edition.code)).toEqual(['fa']);
  });

  test('a passage the original has and the edition lacks is named', () => {
    const line = only({
      edition: { mdx: (mdx) => mdx.replace(/<Passage id="riga-passage"[\s\S]*?<\/Passage>/, '') },
    });
    expect(line).toBe(
      `${EDITION}: <Passage id="riga-passage">: found nothing; ${BALTIC_FILES.analysis} has this passage; translate it here, in the same place`,
    );
  });

  test('a section the original lacks is named', () => {
    const line = only({
      edition: {
        mdx: (mdx) => `${mdx}\n<Section id="south" entities="latvia" title="جنوب">\n\nمتن.\n\n</Section>\n`,
      },
    });
    expect(line).toMatch(
      /: <Section id="south">: found "south"; .* has no section with this id; every id must be the original's$/,
    );
  });

  test('a <Place> the original links and the edition does not is named with the passage’s line', () => {
    const line = only({
      body: (mdx) => mdx.replace('a meeting in Riga.', 'a meeting in <Place to="riga">Riga</Place>.'),
    });
    expect(line).toMatch(
      new RegExp(
        `^${EDITION}:20:1: <Passage id="riga-passage"> <Place to>: found nothing; the original links <Place to="riga">`,
      ),
    );
  });

  test('an event the edition has no words for, and one it has that the original lacks', () => {
    const { lines } = checkBaltic({
      edition: {
        words: (words) => {
          words.events['fixture-summit'] = words.events['fixture-riga-meeting']!;
          delete words.events['fixture-riga-meeting'];
        },
      },
    });
    expect(lines).toEqual([
      `${WORDS}: event "fixture-riga-meeting": found nothing; ${BALTIC_FILES.events} has it; translate it here`,
      `${WORDS}: event "fixture-summit": found "fixture-summit"; ${BALTIC_FILES.events} has no such entry; remove it`,
    ]);
  });

  test('an attribution the original lacks, a capital left untranslated', () => {
    const { lines } = checkBaltic({
      edition: {
        words: (words) => {
          words.events['fixture-riga-meeting']!.attribution = 'منابع';
          delete words.map.capitals.Vilnius;
        },
      },
    });
    expect(lines).toEqual([
      `${WORDS}: map.capitals "Vilnius": found nothing; ${BALTIC_FILES.events} has it; translate it here`,
      `${WORDS}: event "fixture-riga-meeting" attribution: found "منابع"; the original event has no attribution; remove it`,
    ]);
  });

  test('an edition event that drops the original’s place or who says so is refused', () => {
    const { lines } = checkBaltic({
      events: (file) => {
        file.events.find((event) => event.id === 'fixture-riga-meeting')!.attribution = 'Latvian officials';
      },
      edition: {
        words: (words) => {
          delete words.events['fixture-riga-meeting']!.place;
        },
      },
    });
    expect(lines).toEqual([
      `${WORDS}: event "fixture-riga-meeting" place: found nothing; the original event has a place; translate it`,
      `${WORDS}: event "fixture-riga-meeting" attribution: found nothing; the original event has an attribution; translate it`,
    ]);
  });

  test('a border note the original has and the edition lacks, and one the original lacks, are named', () => {
    const dropped = checkBaltic({
      events: (file) => {
        (file.map.borders as { note?: string }[])[0]!.note = 'Open since 2007 under the Schengen rules.';
      },
    }).lines;
    expect(dropped).toEqual([
      `${WORDS}: map.borders "EST-LVA" note: found nothing; the original border has a note; translate it`,
    ]);
    const added = checkBaltic({
      edition: {
        words: (words) => {
          words.map.borders['EST-LVA']!.note = 'یادداشت';
        },
      },
    }).lines;
    expect(added).toEqual([
      `${WORDS}: map.borders "EST-LVA" note: found "یادداشت"; the original border has no note; remove it`,
    ]);
  });

  test('an edition’s words file that is not what the schema asks for is refused, naming the field', () => {
    const { lines } = checkBaltic({
      edition: {
        words: (words) => {
          (words.events['fixture-riga-meeting'] as Record<string, unknown>).title = 7;
        },
      },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${WORDS}.*title`));
  });

  test('an edition with only one of its two files', () => {
    expect(only({ edition: { without: 'words' } })).toBe(
      `${WORDS}: file: found nothing; the fa edition of baltic-fixture has ${EDITION} but not this file; an edition is both`,
    );
  });

  test('a passage that does not say which version of the original it translates', () => {
    const line = only({ edition: { mdx: (mdx) => mdx.replace(/ translates="[0-9a-f]+"/, '') } });
    expect(line).toMatch(
      /<Passage id="border-passage"> translates: found nothing; say which version .*: translates="[0-9a-f]{8}" \(npm run translated -- fa baltic-fixture border-passage\)$/,
    );
  });
});

describe('drift', () => {
  test('when an original passage changes, its translation is listed as stale, not refused', () => {
    const changed = 'A fixture paragraph about a meeting in Riga, corrected.';
    const { lines, stale } = checkBaltic({
      body: (mdx) => mdx.replace('A fixture paragraph about a meeting in Riga.', changed),
    });
    expect(lines).toEqual([]);
    expect(stale).toEqual([
      `${EDITION}:20:1: <Passage id="riga-passage"> translates: found "fadca845"; the original passage has changed since (it is now "${passageVersion(`\n\n${changed}\n\n`)}"); update the translation, then run npm run translated -- fa baltic-fixture riga-passage`,
    ]);
  });

  test('a change of line breaks or spacing alone is not a change of text', () => {
    const { stale } = checkBaltic({
      body: (mdx) => mdx.replace('a meeting in Riga.', 'a meeting\nin   Riga.'),
    });
    expect(stale).toEqual([]);
  });
});

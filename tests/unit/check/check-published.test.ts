import { describe, expect, test } from 'vitest';
import { covers, editionSource, originalSource, recordOf } from '../../../src/lib/check/check-published';
import { readPublishedRecord } from '../../../src/lib/check/read-published';
import { formatProblem } from '../../../src/lib/content/errors';
import { publishedRecordFor } from '../../../src/lib/check/publish-record';
import { BALTIC_FILES, BALTIC_PUBLISHED, ROOT, checkBaltic, type BalticEdit } from '../baltic-site';

// The Baltic fixture as published on 1 June 2024: its record, made as `npm run publish` makes it.
const RECORDED = '2024-06-01';
const sound = checkBaltic();
const english = sound.checked[0]!;
const dari = sound.editions.get('baltic-fixture')![0]!;
const record = {
  '//': 'what readers were shown',
  'baltic-fixture': {
    en: recordOf(originalSource(english), RECORDED, english.analysis.corrections.length),
    fa: recordOf(editionSource(dari, english), RECORDED, 0, english.analysis.corrections.length),
  },
};

const entry = (fields: Record<string, unknown>) => ({
  date: '2024-06-02',
  kind: 'clarification',
  wrong: 'It said otherwise.',
  right: 'It now says this.',
  ...fields,
});
const withEntries =
  (...entries: Record<string, unknown>[]) =>
  (data: Record<string, unknown>) => {
    data.corrections = [...((data.corrections as unknown[] | undefined) ?? []), ...entries];
  };
/** English log entries, and the Dari edition's translation of each, as a translator adds them. */
const logged = (...entries: Record<string, unknown>[]): BalticEdit => ({
  frontmatter: withEntries(...entries),
  edition: {
    mdx: (mdx) =>
      mdx.replace(
        /^follows: (.*)$/m,
        `follows: $1\ncorrections:\n${entries.map(() => '  - { wrong: "…", right: "…" }').join('\n')}`,
      ),
  },
});
const riga = (body: string) => body.replace('a meeting in Riga', 'a short meeting in Riga');
const lines = (edit: BalticEdit) => checkBaltic(edit, record).lines;

describe('the record of what readers were shown', () => {
  test('content unchanged since it was recorded passes', () => {
    expect(lines({})).toEqual([]);
  });

  test('a passage whose words changed with no log entry stops the build, in one line naming the file, the passage and the fix', () => {
    expect(lines({ body: riga })).toEqual([
      `${BALTIC_FILES.analysis}: passage "riga-passage": found "words changed since ${RECORDED}"; readers were shown other words (${BALTIC_PUBLISHED}); add an entry with "passage: riga-passage" to corrections, dated ${RECORDED} or later, of kind correction, clarification, update or minor — or undo the change`,
    ]);
  });

  test('a change of spacing or line breaks alone is no change of words', () => {
    expect(lines({ body: (body) => body.replace('a meeting in Riga', 'a meeting\nin  Riga') })).toEqual([]);
  });

  test('a log entry for the passage, dated on or after the record, lets the change through, whatever its kind', () => {
    for (const kind of ['correction', 'clarification', 'update', 'minor']) {
      expect(lines({ body: riga, ...logged(entry({ passage: 'riga-passage', kind })) })).toEqual([]);
    }
    expect(lines({ body: riga, ...logged(entry({ passage: 'riga-passage', date: RECORDED })) })).toEqual([]);
  });

  test('an entry dated before the record, or for another passage, does not', () => {
    const early = logged(entry({ passage: 'riga-passage', date: '2024-05-20' }));
    expect(lines({ body: riga, ...early })).toEqual([expect.stringContaining('passage "riga-passage"')]);
    const elsewhere = logged(entry({ passage: 'border-passage' }));
    expect(lines({ body: riga, ...elsewhere })).toEqual([expect.stringContaining('passage "riga-passage"')]);
  });

  test('an entry already on record does not cover a later change to the same passage', () => {
    const once = logged(entry({ passage: 'riga-passage' }));
    const recordedWithIt = checkBaltic(once);
    const again = {
      'baltic-fixture': {
        en: recordOf(originalSource(recordedWithIt.checked[0]!), '2024-06-02', 1),
      },
    };
    expect(checkBaltic({ ...once, body: riga }, again).lines).toEqual([
      expect.stringContaining(`passage "riga-passage": found "words changed since 2024-06-02"`),
    ]);
  });

  test('a changed event title needs an entry for its passage, or one naming the event', () => {
    const retitled: BalticEdit['events'] = (file) => {
      file.events[1]!.title = 'A different meeting in Riga';
    };
    expect(lines({ events: retitled })).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/sites\/baltic\/data\/events\/baltic-fixture\.json: event "fixture-riga-meeting": found/,
      ),
    ]);
    expect(lines({ events: retitled, ...logged(entry({ passage: 'riga-passage' })) })).toEqual([]);
    expect(
      lines({ events: retitled, ...logged(entry({ passage: 'border-passage', events: ['fixture-riga-meeting'] })) }),
    ).toEqual([]);
  });

  test("the headline, a section heading and a border's name are held to the record too", () => {
    expect(lines({ frontmatter: (data) => void (data.title = 'Fixture: the Baltic states') })).toEqual([
      expect.stringContaining(`${BALTIC_FILES.analysis}: the headline: found`),
    ]);
    const headlineEntry = logged(entry({ passage: 'headline', kind: 'minor' }));
    expect(
      lines({
        ...headlineEntry,
        frontmatter: (data) => {
          data.title = 'Fixture: the Baltic states';
          headlineEntry.frontmatter?.(data);
        },
      }),
    ).toEqual([]);
    expect(lines({ body: (body) => body.replace('title="In Riga"', 'title="Riga"') })).toEqual([
      expect.stringContaining('section "riga": found'),
    ]);
    const noted: BalticEdit['events'] = (file) => {
      (file.map.borders as { name: string }[])[0]!.name = 'the Estonian–Latvian border';
    };
    expect(lines({ events: noted })).toEqual([expect.stringContaining('border "EST-LVA": found')]);
    expect(lines({ events: noted, ...logged(entry({ passage: 'map' })) })).toEqual([]);
  });

  test('a published passage that is gone is asked back, so that links to it still land', () => {
    const gone = (body: string) => body.replace('id="riga-passage"', 'id="riga-meeting"');
    expect(
      lines({
        body: gone,
        events: (file) => {
          for (const event of file.events) if (event.passage === 'riga-passage') event.passage = 'riga-meeting';
        },
        edition: { mdx: gone },
      }).filter((line) => line.includes('"riga-passage"')),
    ).toEqual([
      expect.stringContaining(`passage "riga-passage": found nothing; readers were shown it`),
      expect.stringContaining(`passage "riga-passage": found nothing; readers were shown it`),
    ]);
  });

  test("an edition's words are held to its own record, and its own entry (an update) lets a change through", () => {
    const reworded = (mdx: string) => mdx.replace('دربارهٔ مرز', 'در مورد مرز');
    expect(lines({ edition: { mdx: reworded } })).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/sites\/baltic\/content\/editions\/fa\/baltic-fixture\.mdx: passage "border-passage": found .*ownEntries/,
      ),
    ]);
    const own = (mdx: string) =>
      reworded(mdx).replace(
        /^follows: (.*)$/m,
        `follows: $1\nownEntries:\n  - { date: 2024-06-02, kind: update, passage: border-passage, wrong: "…", right: "…" }`,
      );
    expect(lines({ edition: { mdx: own } })).toEqual([]);
  });
});

describe('npm run publish', () => {
  test('records every edition of the analysis: each part readers see, and how long each log was', () => {
    const result = publishedRecordFor(ROOT, 'baltic-fixture', RECORDED);
    expect(result.problems).toBeUndefined();
    expect(Object.keys(result.value!)).toEqual(['en', 'fa']);
    expect(result.value!.en).toEqual(record['baltic-fixture'].en);
    expect(result.value!.fa).toMatchObject({ recorded: RECORDED, entries: 0, english: 0 });
    expect(Object.keys(result.value!.en!.words)).toEqual(
      expect.arrayContaining([
        'headline',
        'dek',
        'passage riga-passage',
        'section north',
        'event fixture-riga-meeting',
      ]),
    );
  });

  test('refuses an analysis the site does not have, naming the ones it has', () => {
    expect(publishedRecordFor(ROOT, 'baltic', RECORDED).problems).toEqual([
      'content/published.lock.json: slug: found "baltic"; name an analysis: baltic-fixture',
    ]);
  });
});

describe('which log entry speaks for which part', () => {
  const part = (key: string, passage?: string) => ({ key, words: '', ...(passage ? { passage } : {}) });
  test('an entry speaks for the part it names, and for the events and border of that passage', () => {
    expect(covers({ passage: 'riga-passage' }, part('passage riga-passage'))).toBe(true);
    expect(covers({ passage: 'riga-passage' }, part('event meeting', 'riga-passage'))).toBe(true);
    expect(covers({ passage: 'riga-passage' }, part('border EST-LVA', 'riga-passage'))).toBe(true);
    expect(covers({ passage: 'riga' }, part('section riga'))).toBe(true);
    expect(covers({ passage: 'headline' }, part('headline'))).toBe(true);
  });

  test('an entry naming an event speaks for that event only', () => {
    const entry = { passage: 'border-passage', events: ['meeting'] };
    expect(covers(entry, part('event meeting', 'riga-passage'))).toBe(true);
    expect(covers(entry, part('event other', 'riga-passage'))).toBe(false);
    expect(covers(entry, part('passage riga-passage'))).toBe(false);
  });

  test('an entry on the map speaks for the borders and capitals, not for the text', () => {
    expect(covers({ passage: 'map' }, part('border EST-LVA', 'border-passage'))).toBe(true);
    expect(covers({ passage: 'map' }, part('map'))).toBe(true);
    expect(covers({ passage: 'map' }, part('passage border-passage'))).toBe(false);
    expect(covers({ passage: 'map' }, part('event meeting', 'riga-passage'))).toBe(false);
  });

  test('an entry for one place does not speak for another', () => {
    expect(covers({ passage: 'border-passage' }, part('passage riga-passage'))).toBe(false);
    expect(covers({ passage: 'border-passage' }, part('event meeting', 'riga-passage'))).toBe(false);
    expect(covers({ passage: 'dek' }, part('headline'))).toBe(false);
    expect(covers({ passage: 'riga-passage' }, part('map'))).toBe(false);
  });
});

describe('the record itself', () => {
  test('an analysis not in the record is not held to it', () => {
    expect(checkBaltic({ body: riga }, { other: record['baltic-fixture'] }).lines).toEqual([]);
  });

  test('moving a field of an event in its file changes nothing readers see', () => {
    const reordered: BalticEdit['events'] = (file) => {
      file.events = file.events.map((event) =>
        Object.fromEntries(Object.entries(event).reverse()),
      ) as typeof file.events;
    };
    expect(lines({ events: reordered })).toEqual([]);
  });

  test('a record that is not JSON, or holds a hash that is not one, is refused in one line', () => {
    const broken = { path: BALTIC_PUBLISHED, bytes: new TextEncoder().encode('{"baltic-fixture": ') };
    expect(readPublishedRecord(broken).problems?.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/sites\/baltic\/content\/published\.lock\.json:1:\d+: JSON syntax: found /,
      ),
    ]);
    const badHash = structuredClone(record);
    badHash['baltic-fixture'].en.words.headline = 'not-a-hash';
    expect(checkBaltic({}, badHash).lines).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/sites\/baltic\/content\/published\.lock\.json: baltic-fixture\.en\.words\.headline/,
      ),
    ]);
  });

  test('its note for readers of the file is no analysis', () => {
    const read = readPublishedRecord({
      path: BALTIC_PUBLISHED,
      bytes: new TextEncoder().encode(JSON.stringify(record)),
    });
    expect(Object.keys(read.value!)).toEqual(['baltic-fixture']);
  });

  test('a translation changed with the English is covered by the English entry added since the record, not by one already on it', () => {
    const reworded = (mdx: string) => mdx.replace('دربارهٔ مرز', 'در مورد مرز');
    const once = logged(entry({ passage: 'border-passage' }));
    const withEntry = checkBaltic(once);
    const recorded = {
      'baltic-fixture': {
        en: recordOf(originalSource(withEntry.checked[0]!), RECORDED, 1),
        fa: recordOf(
          editionSource(withEntry.editions.get('baltic-fixture')![0]!, withEntry.checked[0]!),
          RECORDED,
          0,
          1,
        ),
      },
    };
    const edition = { mdx: (mdx: string) => reworded(once.edition!.mdx!(mdx)) };
    expect(checkBaltic({ ...once, edition }, recorded).lines).toEqual([
      expect.stringContaining('passage "border-passage": found "words changed since 2024-06-01"'),
    ]);
    expect(lines({ ...once, edition })).toEqual([]);
  });
});

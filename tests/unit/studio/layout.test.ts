import { globSync, readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, test } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import { printFrontmatter } from '../../../src/lib/studio/frontmatter-text';
import { PRETTIER_JSON } from '../../../src/lib/studio/json-layout';
import { inProjectLayout } from '../../../src/lib/studio/layout';

// Sveltia CMS 0.221.1 re-serialises every file it saves (node_modules/@sveltia/cms/npm/index.js):
// JSON as `JSON.stringify(value, null, 2).trim()` plus a newline; frontmatter as the `yaml`
// package's `stringify(values, null, { indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType:
// 'PLAIN', defaultStringType: 'PLAIN', singleQuote: true })` (no `yaml_quote` or `output.yaml.quote`
// set), between `---` lines, then a blank line, the trimmed body and a newline. It reads a file
// trimmed, with the frontmatter through `yaml.parse` (dates stay strings) and the body less one
// leading newline. Its editor orders keys by its configuration, leaves nulls out, writes `""`
// (or an empty list or object) for a field left empty and a one-word hedge as a list.
// `saveAsSveltia` does all of that, putting keys in reverse order where the configuration's
// order is not known yet, and adding an empty value for every field an object's siblings have.

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

interface Save {
  /** Changes the values as an editor would, before Sveltia writes them. */
  edit?: (values: Plain) => void;
  /** Changes the body, for an .mdx file. */
  body?: (body: string) => string;
  /** Keeps nulls: Sveltia may or may not leave them out. */
  keepNulls?: boolean;
  /** Keeps the keys' order: a new file is written in the configuration's order, which is its own. */
  keepOrder?: boolean;
}

/** What Sveltia writes for a field left empty: a multiple select (a hedge) gives an empty list, a checkbox false. */
function emptyLike(value: unknown, key: string): unknown {
  if (Array.isArray(value) || key === 'hedge') return [];
  if (isPlain(value))
    return Object.fromEntries(Object.keys(value).map((inner) => [inner, emptyLike(value[inner], inner)]));
  return typeof value === 'string' ? '' : typeof value === 'boolean' ? false : value;
}

function sveltiaValues(value: unknown, siblings: unknown[], save: Save): unknown {
  if (Array.isArray(value)) return value.map((item) => sveltiaValues(item, value, save));
  if (!isPlain(value)) return value;
  const entries = Object.entries(value).filter(([, inner]) => save.keepNulls || inner !== null);
  for (const sibling of siblings.filter(isPlain)) {
    for (const [key, inner] of Object.entries(sibling)) {
      if (!Object.hasOwn(value, key) && !entries.some(([other]) => other === key))
        entries.push([key, emptyLike(inner, key)]);
    }
  }
  const sveltia = entries.map(([key, inner]): [string, unknown] => {
    const oneWord = key === 'hedge' && typeof inner === 'string';
    const beside = siblings.filter(isPlain).map((sibling) => sibling[key]);
    return [key, oneWord ? [inner] : sveltiaValues(inner, beside, save)];
  });
  return Object.fromEntries(save.keepOrder ? sveltia : sveltia.reverse());
}

const YAML_OPTIONS = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

function saveAsSveltia(path: string, text: string, save: Save = {}): string {
  const { edit, body } = save;
  if (path.endsWith('.json')) {
    const values = JSON.parse(text) as Plain;
    edit?.(values);
    return `${JSON.stringify(sveltiaValues(values, [], save), null, 2).trim()}\n`;
  }
  const parts = /^---\n(?<head>[\s\S]*?)\n---(?:\n(?<body>[\s\S]*))?$/.exec(text.trim())?.groups ?? {};
  const values = parse(parts['head'] ?? '') as Plain;
  if (path.includes('/analyses/')) values['updated'] ??= '';
  edit?.(values);
  const content = (body ?? ((same: string) => same))((parts['body'] ?? '').replace(/^\n/, '')).trim();
  const frontmatter = stringify(sveltiaValues(values, [], save), null, YAML_OPTIONS).trim();
  return `---\n${frontmatter}\n---\n${content ? `\n${content}\n` : ''}`;
}

/** Every file an editor edits, in the site and in each fixture site. */
const EDITABLE = ['.', 'tests/fixtures/sites/*', 'tests/fixtures/new-edition'].flatMap((root) =>
  [
    'content/analyses/*.mdx',
    'content/editions/*/*.mdx',
    'content/glossary.json',
    'data/events/*.json',
    'data/editions/*/*.json',
    'data/entities/*.json',
  ].flatMap((pattern) => globSync(`${root}/${pattern}`).map((path) => path.replace(/^\.\//, ''))),
);
const FILES = [...EDITABLE, ...globSync('tests/fixtures/content/*.mdx')].sort();

const ANALYSIS = 'content/analyses/taliban-iran-pakistan-2022.mdx';
const EVENTS = 'data/events/taliban-iran-pakistan-2022.json';
const read = (path: string) => readFileSync(path, 'utf8');
const changedLines = (a: string, b: string) => {
  const [left, right] = [a.split('\n'), b.split('\n')];
  return right.flatMap((line, index) => (line === left[index] ? [] : [line]));
};

describe('a file saved unchanged comes back byte for byte', () => {
  test('the site and every fixture site have files of each kind an editor edits', () => {
    expect(FILES).toContain(ANALYSIS);
    expect(FILES).toContain('content/glossary.json');
    expect(FILES).toContain('tests/fixtures/sites/nordic/data/events/nordic-fixture.json');
    expect(FILES).toContain('tests/fixtures/new-edition/data/editions/xx/baltic-fixture.json');
    expect(FILES.length).toBeGreaterThanOrEqual(30);
  });

  test.each(FILES)('%s', async (path) => {
    const before = read(path);
    for (const keepNulls of [false, true]) {
      const saved = saveAsSveltia(path, before, { keepNulls });
      expect(saved).not.toBe(before);
      expect(await inProjectLayout(path, saved, before)).toBe(before);
    }
  });
});

describe('a changed frontmatter changes only its changed lines', () => {
  const before = read(ANALYSIS);

  test("changing one correction's right changes only that line", async () => {
    const saved = saveAsSveltia(ANALYSIS, before, {
      edit: (values) => ((values['corrections'] as Plain[])[2]!['right'] = 'Both now say it was labelled one.'),
    });
    const after = await inProjectLayout(ANALYSIS, saved, before);
    expect(changedLines(before, after)).toEqual(['    right: "Both now say it was labelled one."']);
    expect(after.split('\n')).toHaveLength(before.split('\n').length);
  });

  test('adding a correction appends an entry in the style of the others', async () => {
    const entry = {
      date: '2026-12-08',
      kind: 'minor',
      passage: 'iran-russia',
      wrong: 'A comma was missing.',
      right: 'The meaning is unchanged.',
    };
    // Sveltia writes a new entry with its fields in its own order and the empty ones as "".
    const added = { earlier: '', events: [], ...Object.fromEntries(Object.entries(entry).reverse()) };
    const saved = saveAsSveltia(ANALYSIS, before, { edit: (values) => (values['corrections'] as Plain[]).push(added) });
    const end = before.indexOf('\n---\n', 4) + 1;
    const lines = [
      '  - date: 2026-12-08',
      '    kind: minor',
      '    passage: iran-russia',
      '    wrong: "A comma was missing."',
      '    right: "The meaning is unchanged."',
    ];
    expect(await inProjectLayout(ANALYSIS, saved, before)).toBe(
      `${before.slice(0, end)}${lines.join('\n')}\n${before.slice(end)}`,
    );
  });

  test('changing the region or the period rewrites only that line, inline as before', async () => {
    const saved = saveAsSveltia(ANALYSIS, before, {
      edit: (values) => {
        values['region'] = ['AFG', 'PAK', 'IRN'];
        (values['period'] as Plain)['to'] = '2022-03';
      },
    });
    expect(changedLines(before, await inProjectLayout(ANALYSIS, saved, before))).toEqual([
      'region: [AFG, PAK, IRN]',
      'period: { from: "2021-12", to: "2022-03", label: "December 2021 – February 2022" }',
    ]);
  });

  test('a new standfirst in a file that single-quotes is single-quoted', async () => {
    const path = 'tests/fixtures/sites/baltic/content/analyses/baltic-fixture.mdx';
    const saved = saveAsSveltia(path, read(path), { edit: (values) => (values['dek'] = 'A new standfirst.') });
    expect(changedLines(read(path), await inProjectLayout(path, saved, read(path)))).toEqual([
      "dek: 'A new standfirst.'",
    ]);
  });

  test('clearing an optional field removes its line', async () => {
    const saved = saveAsSveltia(ANALYSIS, before, { edit: (values) => (values['period'] = {}) });
    const after = await inProjectLayout(ANALYSIS, saved, before);
    expect(after).toBe(before.replace(/^period: .*\n/m, ''));
  });
});

describe('a changed body keeps every other byte', () => {
  test('a changed line of the body changes that line only', async () => {
    const before = read(ANALYSIS);
    const words = 'The exchanges were minor, and the incident was labelled';
    const now = 'The clashes were minor, and the incident was labelled';
    expect(before.split(words)).toHaveLength(2);
    const saved = saveAsSveltia(ANALYSIS, before, { body: (body) => body.replace(words, now) });
    expect(await inProjectLayout(ANALYSIS, saved, before)).toBe(before.replace(words, now));
  });
});

/** A timeline-only event as an editor adds it: Sveltia writes no place and its one hedge as a list. */
const newEvent = {
  id: 'new-talks',
  title: 'Talks somewhere',
  date: { iso: '2022-02', label: 'February 2022' },
  timelineOnly: true,
  kind: 'diplomacy',
  entities: ['iran'],
  passage: 'iran-brokering',
  hedge: ['reported'],
};

describe('an events file keeps what Sveltia cannot say', () => {
  const before = read(EVENTS);
  const events = (text: string) => (JSON.parse(text) as { events: Plain[] }).events;

  test('an event saved without a place comes back with "place": null, where its siblings have it', async () => {
    const saved = saveAsSveltia(EVENTS, before, { edit: (values) => (values['events'] as Plain[]).push(newEvent) });
    const after = await inProjectLayout(EVENTS, saved, before);
    const added = events(after).at(-1)!;
    expect(added['place']).toBeNull();
    expect(Object.keys(added).slice(0, 5)).toEqual(['id', 'title', 'date', 'place', 'timelineOnly']);
  });

  test('a one-item hedge list comes back as the word; a list of two stays a list', async () => {
    const saved = saveAsSveltia(EVENTS, before, { edit: (values) => (values['events'] as Plain[]).push(newEvent) });
    const after = events(await inProjectLayout(EVENTS, saved, before));
    expect(after.at(-1)!['hedge']).toBe('reported');
    expect(after.map((event) => event['hedge']).filter((hedge) => hedge !== undefined)).toEqual([
      'labelled',
      'rumoured',
      ['reported', 'disputed'],
      'anonymous-sources',
      'reported',
    ]);
  });

  test('a changed events file is prettier-formatted and differs only in the changed line', async () => {
    const saved = saveAsSveltia(EVENTS, before, {
      edit: (values) => ((values['events'] as Plain[])[1]!['title'] = 'Iran and the Taliban nearly go to war'),
    });
    const after = await inProjectLayout(EVENTS, saved, before);
    const options = await resolveConfig(EVENTS);
    expect(await format(after, { ...options, filepath: EVENTS })).toBe(after);
    expect(changedLines(before, after)).toEqual(['      "title": "Iran and the Taliban nearly go to war",']);
  });

  test("an actor's file stays on its one line when a name changes", async () => {
    const path = 'data/entities/iran.json';
    const saved = saveAsSveltia(path, read(path), { edit: (values) => ((values['names'] as Plain)['en'] = 'Persia') });
    expect(await inProjectLayout(path, saved, read(path))).toBe(read(path).replace('"Iran"', '"Persia"'));
  });
});

describe('a new file is written as the project writes one', () => {
  test('a new events file is prettier-formatted, with its empty list of borders, nulls and hedges', async () => {
    const values = { map: { capitals: [], borders: [] }, events: [newEvent] };
    const saved = saveAsSveltia('x.json', JSON.stringify(values), { keepOrder: true });
    const after = await inProjectLayout('data/events/new.json', saved, undefined);
    expect(await format(after, { ...(await resolveConfig(EVENTS)), filepath: EVENTS })).toBe(after);
    const written = JSON.parse(after) as { map: Plain; events: Plain[] };
    expect(written.map).toEqual({ capitals: [], borders: [] });
    expect(written.events[0]).toMatchObject({ place: null, hedge: 'reported' });
    expect(Object.keys(written.events[0]!).slice(0, 5)).toEqual(['id', 'title', 'date', 'place', 'timelineOnly']);
  });

  test('a new analysis quotes free text and writes dates, ids and lists of ids plain', async () => {
    const text = [
      '---',
      'title: A new analysis',
      'dek: "It says: something."',
      'published: 2026-12-08',
      'region: [AFG, IRN]',
      'entities: [iran]',
      'corrections: []',
      '---',
      '',
      'Body.',
      '',
    ].join('\n');
    const saved = saveAsSveltia('content/analyses/new.mdx', text, { keepOrder: true });
    expect(await inProjectLayout('content/analyses/new.mdx', saved, undefined)).toBe(
      [
        '---',
        'title: "A new analysis"',
        'dek: "It says: something."',
        'published: 2026-12-08',
        'region: [AFG, IRN]',
        'entities: [iran]',
        'corrections: []',
        '---',
        '',
        'Body.',
        '',
      ].join('\n'),
    );
  });
});

describe('what the layout stands on', () => {
  test("the JSON options are the project's prettier options", async () => {
    const options = await resolveConfig(EVENTS);
    expect(PRETTIER_JSON.printWidth).toBe(options?.printWidth);
  });

  test.each(FILES.filter((path) => path.endsWith('.mdx')))(
    'every field of %s prints back as the file has it',
    (path) => {
      const frontmatter = /^---\n([\s\S]*?\n)---\n/.exec(read(path))?.[1] ?? '';
      // As if every field had changed: each is printed, none copied.
      expect(printFrontmatter(parseDocument(frontmatter), {}, frontmatter, parseDocument(frontmatter))).toBe(
        frontmatter,
      );
    },
  );

  test('a file on disk that is not JSON is left to the saved text', async () => {
    const saved = '{\n  "kind": "state"\n}\n';
    expect(await inProjectLayout('data/entities/iran.json', saved, '{ "kind": ')).toBe(saved);
  });

  test('a file of another kind is returned as saved', async () => {
    expect(await inProjectLayout('public/notes.txt', 'saved', 'before')).toBe('saved');
  });
});

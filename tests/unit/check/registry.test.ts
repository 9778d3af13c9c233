import { describe, expect, test } from 'vitest';
import { checkActorsOfAnalyses, readRegistry } from '../../../src/lib/check/check-entities';
import type { CheckedAnalysis } from '../../../src/lib/check/check-content';
import { formatProblem } from '../../../src/lib/content/errors';

// The registry of actors (data/entities/) as the content check reads it, and what it says of an
// analysis that names an actor, or draws a border, the registry does not know.

const file = (path: string, text: string | Uint8Array) => ({
  path,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});
const record = (country: string, en: string) =>
  JSON.stringify({ kind: 'state', country, names: { en, fa: en, ps: en } });
const IRAN = file('data/entities/iran.json', record('IRN', 'Iran'));
const AFGHANISTAN = file('data/entities/afghanistan.json', record('AFG', 'Afghanistan'));

describe('readRegistry', () => {
  test('reads each sound file as an actor whose id is its file name', () => {
    const registry = readRegistry([IRAN, AFGHANISTAN]);
    expect(registry.actors.map((actor) => [actor.id, actor.country, actor.names.en])).toEqual([
      ['iran', 'IRN', 'Iran'],
      ['afghanistan', 'AFG', 'Afghanistan'],
    ]);
    expect(registry.problems).toEqual([]);
    expect(registry.broken).toEqual([]);
  });

  test('a file named otherwise than <id>.json is named with the fix, and its actor is not read', () => {
    const fix = 'an actor file is named <id>.json, the id in lowercase words joined by hyphens, e.g. iran.json';
    const registry = readRegistry([
      IRAN,
      file('data/entities/Islamic Emirate.json', record('AFG', 'IEA')),
      file('data/entities/pakistan.txt', record('PAK', 'Pakistan')),
      file('data/entities/1st-army.json', record('PAK', 'Army')),
    ]);
    expect(registry.problems.map(formatProblem)).toEqual([
      `data/entities/Islamic Emirate.json: file name: found "Islamic Emirate.json"; ${fix}`,
      `data/entities/pakistan.txt: file name: found "pakistan.txt"; ${fix}`,
      `data/entities/1st-army.json: file name: found "1st-army.json"; ${fix}`,
    ]);
    expect(registry.actors.map((actor) => actor.id)).toEqual(['iran']);
  });

  test('a file that is not UTF-8, not JSON or not a record is named, and its id counted as broken', () => {
    const registry = readRegistry([
      file('data/entities/iran.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])),
      file('data/entities/pakistan.json', '{ "kind": "state", '),
      file('data/entities/china.json', JSON.stringify({ kind: 'state', names: { en: 'China' } })),
      AFGHANISTAN,
    ]);
    const lines = registry.problems.map(formatProblem);
    expect(lines[0]).toMatch(/^data\/entities\/iran\.json: encoding: found .*; the file is not valid UTF-8/);
    expect(lines[1]).toMatch(/^data\/entities\/pakistan\.json:1:\d+: /);
    expect(lines.slice(2).every((line) => line.startsWith('data/entities/china.json: '))).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    expect(registry.broken).toEqual(['iran', 'pakistan', 'china']);
    expect(registry.actors.map((actor) => actor.id)).toEqual(['afghanistan']);
  });
});

describe('checkActorsOfAnalyses', () => {
  const ANALYSIS = 'content/analyses/a.mdx';
  const EVENTS = 'data/events/a.json';
  const analysis = (entities: string[], borders: string[]) =>
    ({
      analysis: { entities },
      files: { analysis: ANALYSIS, events: EVENTS },
      map: { borders: borders.map((id) => ({ id })) },
    }) as unknown as CheckedAnalysis;
  const text = '---\ntitle: A\nregion: [AFG, IRN]\nentities: [afghanistan, irn]\n---\n';
  const texts = new Map([[ANALYSIS, text]]);

  test('an actor with no file is named where the analysis lists it, with the actor it likely meant', () => {
    const problems = checkActorsOfAnalyses(
      readRegistry([IRAN, AFGHANISTAN]),
      [analysis(['afghanistan', 'irn'], [])],
      texts,
    );
    expect(problems.map(formatProblem)).toEqual([
      `${ANALYSIS}:4:1: entities: found "irn"; did you mean "iran"? every actor has a file in data/entities/: add data/entities/irn.json with its kind and its names in en, fa and ps`,
    ]);
  });

  test('an actor far from every registered one is only asked for its file', () => {
    const problems = checkActorsOfAnalyses(readRegistry([IRAN]), [analysis(['hezb-e-islami'], [])], new Map());
    expect(problems.map(formatProblem)[0]).toMatch(
      /^content\/analyses\/a\.mdx: entities: found "hezb-e-islami"; every actor has a file in data\/entities\/: add /,
    );
  });

  test('a border is drawn only between two registered states; the missing state is named', () => {
    const problems = checkActorsOfAnalyses(
      readRegistry([IRAN, AFGHANISTAN]),
      [analysis([], ['AFG-IRN', 'AFG-TKM'])],
      texts,
    );
    expect(problems.map(formatProblem)).toEqual([
      `${EVENTS}: map.borders "AFG-TKM": found "TKM"; a border joins two states of the registry; add a file to data/entities/ with "kind": "state" and "country": "TKM"`,
    ]);
  });

  test('while a registry file is broken, only its own line is said: no actor or border is blamed on it', () => {
    const registry = readRegistry([IRAN, file('data/entities/afghanistan.json', '{')]);
    expect(checkActorsOfAnalyses(registry, [analysis(['afghanistan', 'iran'], ['AFG-IRN'])], texts)).toEqual([]);
  });
});

import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

// The corpus of broken sites (tests/fixtures/bad/): for each way content can break (the schema,
// the JSON and YAML parsers, the MDX compiler, a reference between the text and the events, a
// <Place> in the text, the map, the encoding), the one file that breaks the Baltic fixture site,
// and the line the editor must read for it: "file[:line:column]: where: found …; fix".
export const BROKEN_SITES = 'tests/fixtures/bad';
const BASE = 'tests/fixtures/sites/baltic';
const ANALYSIS = 'content/analyses/baltic-fixture.mdx';
const EVENTS = 'data/events/baltic-fixture.json';

export interface BrokenSite {
  kind: string;
  file: string;
  /** The line after the file's name (and position). */
  problem: RegExp;
  /** Line and column, where the problem has a place in the file's text. */
  at?: string;
}

export const BROKEN: Record<string, BrokenSite> = {
  'malformed-date': {
    kind: 'a schema error',
    file: EVENTS,
    problem: /^event "fixture-riga-meeting" date\.iso: found "2024-04-31"; write YYYY, YYYY-MM or YYYY-MM-DD/,
  },
  'json-trailing-comma': {
    kind: 'a JSON syntax error',
    file: EVENTS,
    problem: /^JSON syntax: found "\}"; remove the comma after the last item$/,
    at: '32:5',
  },
  'yaml-apostrophe': {
    kind: 'a YAML error in the frontmatter',
    file: ANALYSIS,
    problem: /^frontmatter: found .*; an apostrophe ends a value in single quotes/,
    at: '2:',
  },
  'mdx-syntax-error': {
    kind: 'an MDX syntax error',
    file: ANALYSIS,
    problem:
      /^MDX: found ".*\{stray brace\."; Unexpected end of file in expression.*; a \{ starts an expression in MDX/,
    at: '24:',
  },
  'unknown-passage': {
    kind: 'a broken link between the events and the text',
    file: EVENTS,
    problem: /^event "fixture-riga-meeting" passage: found "riga-paragraph"; no <Passage>/,
  },
  'unknown-place': {
    kind: 'a <Place> the map does not have',
    file: ANALYSIS,
    problem: /^<Place to>: found "rigga"; did you mean "riga"\? /,
    at: '24:40',
  },
  'coordinate-far-outside': {
    kind: 'a place the map cannot show',
    file: EVENTS,
    problem: /^event "fixture-riga-meeting" place\.coordinates: found .*; this falls outside the map of EST, LVA, LTU/,
  },
  'non-utf8': {
    kind: 'a file that is not UTF-8',
    file: ANALYSIS,
    problem: /^encoding: found .*; the file is not valid UTF-8 near this text; save it as UTF-8$/,
  },
};

/** Every broken site in the corpus, by folder name. */
export const brokenSiteNames = () => readdirSync(BROKEN_SITES).sort();

/** The Baltic fixture site with broken site `name`'s file laid over it, in `work/name`: its root. */
export function layBrokenSite(name: string, work: string): string {
  const root = join(work, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(BASE, root, { recursive: true });
  cpSync(join(BROKEN_SITES, name), root, { recursive: true });
  return root;
}

/** `line` is broken site `name`'s one line, naming its file (as laid in `root`), position and problem. */
export function expectProblemLine(line: string, root: string, name: string) {
  const expected = BROKEN[name]!;
  const prefix = `${join(root, expected.file)}${expected.at ? ':' : ': '}`;
  expect(line.startsWith(prefix), `${line}\ndoes not start with ${prefix}`).toBe(true);
  const after = line.slice(prefix.length);
  if (expected.at) expect(after.startsWith(expected.at), line).toBe(true);
  expect(expected.at ? after.slice(after.indexOf(': ') + 2) : after).toMatch(expected.problem);
}

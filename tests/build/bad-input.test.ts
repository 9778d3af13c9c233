import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildEnv, plainOutput } from '../../scripts/fixture-site.mjs';

// One broken site for each way content can break: the schema, the JSON and YAML parsers, the MDX
// compiler, a reference between the text and the events, a <Place> in the text, the map, and the
// encoding. Each holds the one file that breaks the Baltic fixture site (tests/fixtures/bad/). The
// editor runs `npm run build` and must read, as the first line and with nothing alarming around
// it, "file[:line:column]: where: found …; fix". Every other broken input is refused by the same
// content check, and tests/unit/bad-input.test.ts reads its line there.
const BAD = 'tests/fixtures/bad';
const BASE = 'tests/fixtures/sites/baltic';
const WORK = 'tests/fixtures/.work';
const ANALYSIS = 'content/analyses/baltic-fixture.mdx';
const EVENTS = 'data/events/baltic-fixture.json';

interface Case {
  kind: string;
  file: string;
  /** The line after the file's name (and position). */
  problem: RegExp;
  /** Line and column, where the problem has a place in the file's text. */
  at?: string;
}

const CASES: Record<string, Case> = {
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

/** What no content error may bring with it: a stack, Astro's hints, or a progress line. */
const NOISE = /Stack trace|^\s+at |Hint:|Error reference|Location:|docs\.astro\.build|\[build\]|\[content\]/m;

/** Runs `npm run build`'s script on the broken site over a published folder from a good build. */
function buildBroken(name: string) {
  const root = join(WORK, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(BASE, root, { recursive: true });
  cpSync(join(BAD, name), root, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'borderlines-bad-'));
  const out = join(scratch, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'the last good build');
  const result = spawnSync('node', ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...buildEnv(root, join(scratch, 'cache')), BORDERLINES_OUT_DIR: out },
    timeout: 120_000,
  });
  const output = plainOutput(result);
  const published = { files: readdirSync(out), index: readFileSync(join(out, 'index.html'), 'utf8') };
  const leftover = existsSync(`${out}.next`);
  rmSync(root, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  return { status: result.status, output, published, leftover };
}

describe('a broken site stops `npm run build`', () => {
  test('each broken site in the corpus has its expectation here', () => {
    expect(readdirSync(BAD).sort()).toEqual(Object.keys(CASES).sort());
  });

  test.each(Object.entries(CASES).map(([name, c]) => [c.kind, name, c] as const))(
    '%s (%s) is told in one line naming the file, and the last good build stays published',
    (_, name, expected) => {
      const { status, output, published, leftover } = buildBroken(name);
      expect(status, output).not.toBe(0);
      const [first = '', ...rest] = output.split('\n');
      const prefix = `${join(WORK, name, expected.file)}${expected.at ? ':' : ': '}`;
      expect(first.startsWith(prefix), output).toBe(true);
      const after = first.slice(prefix.length);
      const where = expected.at ? after.slice(after.indexOf(': ') + 2) : after;
      if (expected.at) expect(after.startsWith(expected.at), output).toBe(true);
      expect(where).toMatch(expected.problem);
      // After the problem, only the script's own line that dist/ was left alone.
      expect(rest.filter(Boolean)).toEqual([expect.stringMatching(/^Build failed: .*dist\/ is left as it was\.$/)]);
      expect(output).not.toMatch(NOISE);
      expect(published).toEqual({ files: ['index.html'], index: 'the last good build' });
      expect(leftover).toBe(false);
    },
    120_000,
  );
});

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// One broken site for each way the build reports a problem: the schema, the MDX compiler, a
// reference between the text and the events, the map, and the encoding check. Each holds the one
// file that breaks the Baltic fixture site (tests/fixtures/bad/); the editor runs `npm run build`
// and must read what is wrong, and in which file. Our own checks say both on one line; Astro
// reports a schema or MDX error with the message, then a "Location:" line naming the file (and,
// for MDX, the line and column). Every other broken input is refused by a pure function, and
// tests/unit/bad-input.test.ts checks its message there.
const BAD = 'tests/fixtures/bad';
const BASE = 'tests/fixtures/sites/baltic';
const WORK = 'tests/fixtures/.work';

interface Case {
  kind: string;
  file: string;
  problem: RegExp;
  /** Where the file is named: on the problem's own line, or on Astro's "Location:" line after it. */
  named: 'on the line' | 'below';
}

const CASES: Record<string, Case> = {
  'malformed-date': {
    kind: 'a schema error',
    file: 'data/events/baltic-fixture.json',
    problem: /^\s*events\.1\.date\.iso: got "2024-04-31"; write YYYY, YYYY-MM or YYYY-MM-DD/,
    named: 'below',
  },
  'mdx-syntax-error': {
    kind: 'an MDX syntax error',
    file: 'content/analyses/baltic-fixture.mdx',
    problem: /^24:53: Unexpected end of file in expression, expected a corresponding closing brace for `\{`/,
    named: 'below',
  },
  'unknown-passage': {
    kind: 'a broken link between the events and the text',
    file: 'data/events/baltic-fixture.json',
    problem: /events\[1\]\.passage \(event "fixture-riga-meeting"\) is "riga-paragraph"; no <Passage>/,

    named: 'on the line',
  },
  'coordinate-far-outside': {
    kind: 'a place the map cannot show',
    file: 'data/events/baltic-fixture.json',
    problem: /falls outside the map of EST, LVA, LTU; if the place really is elsewhere add "offMap": true/,

    named: 'on the line',
  },
  'non-utf8': {
    kind: 'a file that is not UTF-8',
    file: 'content/analyses/baltic-fixture.mdx',
    problem: /encoding is .*; the file is not valid UTF-8 near this text; save it as UTF-8/,

    named: 'on the line',
  },
};

/** The line that names the file: the problem's own, or the one under Astro's "Location:" after it. */
function lineNamingTheFile(output: string, { problem, named }: Case) {
  const lines = output.split('\n');
  const at = lines.findIndex((line) => problem.test(line));
  if (at < 0 || named === 'on the line') return lines[at];
  const location = lines.findIndex((line, index) => index > at && line.trim() === 'Location:');
  return location < 0 ? undefined : lines[location + 1]?.trim();
}

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
    env: {
      ...process.env,
      TZ: 'UTC',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      BORDERLINES_CONTENT_ROOT: root,
      BORDERLINES_OUT_DIR: out,
      BORDERLINES_CACHE_DIR: join(scratch, 'cache'),
    },
    timeout: 120_000,
  });
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
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
    '%s (%s) is told with the file it is in, and the last good build stays published',
    (_, name, expected) => {
      const { status, output, published, leftover } = buildBroken(name);
      expect(status, output).not.toBe(0);
      expect(output).toMatch(new RegExp(expected.problem.source, 'm'));
      const line = lineNamingTheFile(output, expected);
      // Our checks print "file: field is value; fix"; Astro prints "Location:" and then "path:line:column".
      expect(line, output).toContain(`${expected.file}${expected.named === 'on the line' ? ': ' : ':'}`);
      if (expected.named === 'below') expect(line).toMatch(/:\d+:\d+$/);
      expect(published).toEqual({ files: ['index.html'], index: 'the last good build' });
      expect(leftover).toBe(false);
    },
    120_000,
  );
});

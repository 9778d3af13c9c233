import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from './build-site';

// Each case in tests/fixtures/bad/ holds the one file that breaks the Baltic fixture site. The
// build must stop, and what it prints must name the file and say what is wrong.
const BAD = 'tests/fixtures/bad';
const BASE = 'tests/fixtures/sites/baltic';
const WORK = 'tests/fixtures/.work';

const EXPECTED: Record<string, { file: string; problem: RegExp }> = {
  'unknown-passage': {
    file: 'data/events/baltic-fixture.json',
    problem: /passage \(event "fixture-riga-meeting"\) is "riga-paragraph"; no <Passage>/,
  },
  'duplicate-passage': {
    file: 'content/analyses/baltic-fixture.mdx',
    problem: /<Passage id> is "border-passage"; this id is already used/,
  },
  'unknown-entity': {
    file: 'data/events/baltic-fixture.json',
    problem: /entities \(event "fixture-riga-meeting"\) is "lithuania"; declare it/,
  },
  'unknown-border': {
    file: 'data/events/baltic-fixture.json',
    problem: /place\.border \(event "fixture-border-event"\) is "EST-LTU"/,
  },
  'coordinate-out-of-range': { file: 'baltic-fixture.json', problem: /longitude is above 180/ },
  'coordinate-far-outside': {
    file: 'data/events/baltic-fixture.json',
    problem: /falls outside the map of EST, LVA, LTU; if the place really is elsewhere add "offMap": true/,
  },
  'malformed-date': { file: 'baltic-fixture.json', problem: /got "2024-04-31"; write YYYY, YYYY-MM or YYYY-MM-DD/ },
  'missing-title': { file: 'baltic-fixture.mdx', problem: /title/ },
  'no-place-no-flag': { file: 'baltic-fixture.json', problem: /place is null but timelineOnly is false/ },
  'mdx-syntax-error': { file: 'baltic-fixture.mdx', problem: /MDX|expression|brace|Unexpected/i },
  'empty-file': { file: 'baltic-fixture.mdx', problem: /title|does not match/ },
  'non-utf8': {
    file: 'content/analyses/baltic-fixture.mdx',
    problem: /encoding is .*not valid UTF-8 near this text; save it as UTF-8/,
  },
  'country-with-city-precision': {
    file: 'baltic-fixture.json',
    problem: /precision: got "city" for a country; a country takes "country"/,
  },
  'after-unknown-event': {
    file: 'data/events/baltic-fixture.json',
    problem:
      /events\[1\]\.date\.after \(event "fixture-riga-meeting"\) is "fixture-summit"; name another event of this file that this one followed: fixture-border-event/,
  },
  'anonymous-without-attribution': {
    file: 'baltic-fixture.json',
    problem: /attribution is missing for the hedge "anonymous-sources"; say whose sources these are/,
  },
  'correction-unknown-passage': {
    file: 'content/analyses/baltic-fixture.mdx',
    problem:
      /corrections\[0\]\.passage is "riga-paragraph"; no <Passage> has this id; a correction notes the passage it changed: border-passage, riga-passage/,
  },
  'unknown-place': {
    file: 'content/analyses/baltic-fixture.mdx',
    problem: /<Place to> is "tartu"; the map has no marker or border by that name; use one of: .*riga/,
  },
};

const cases = readdirSync(BAD);

describe('the bad-input corpus', () => {
  test('has a case for every problem the build must catch, and no case without an expectation', () => {
    expect(cases.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  test.each(cases)(
    '%s stops the build with a message naming the file and the problem',
    (name) => {
      const root = join(WORK, name);
      rmSync(root, { recursive: true, force: true });
      mkdirSync(WORK, { recursive: true });
      cpSync(BASE, root, { recursive: true });
      cpSync(join(BAD, name), root, { recursive: true });
      const { ok, output } = buildSite(root);
      const { file, problem } = EXPECTED[name]!;
      expect(ok, output).toBe(false);
      expect(output).toContain(file);
      expect(output).toMatch(problem);
      rmSync(root, { recursive: true, force: true });
    },
    120_000,
  );
});

test('a failed build leaves the published folder as it was', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'borderlines-out-'));
  const out = join(scratch, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'the last good build');
  const root = join(WORK, 'atomic');
  rmSync(root, { recursive: true, force: true });
  cpSync(BASE, root, { recursive: true });
  cpSync(join(BAD, 'unknown-passage'), root, { recursive: true });
  const result = spawnSync('node', ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BORDERLINES_CONTENT_ROOT: root,
      BORDERLINES_OUT_DIR: out,
      BORDERLINES_CACHE_DIR: join(scratch, 'cache'),
    },
  });
  expect(result.status).not.toBe(0);
  expect(readdirSync(out)).toEqual(['index.html']);
  expect(existsSync(`${out}.next`)).toBe(false);
  rmSync(root, { recursive: true, force: true });
}, 120_000);

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildEnv, plainOutput } from '../../scripts/fixture-site.mjs';
import { listFiles } from '../../src/lib/list-files';

// An editor's builds, as `npm run build` makes them into one folder: the fixture sites' three
// analyses built, built again with nothing changed, then again after one analysis was corrected;
// and the corrected content built whole in one process, with a cache of its own, to compare.
let scratch: string;
let out: string;
const runs: Record<'first' | 'unchanged' | 'corrected' | 'broken', string> = {
  first: '',
  unchanged: '',
  corrected: '',
  broken: '',
};
let brokenStatus: number | null = null;
let whole: string;
let firstPageInode: number;

/** The environment of an editor's shell, which has no NODE_ENV (the test runner sets one). */
const shellEnv = (env: NodeJS.ProcessEnv) => {
  const { NODE_ENV: _, ...rest } = env;
  return rest;
};

function npmBuild(root: string) {
  const { status, output } = npmBuildResult(root);
  if (status !== 0) throw new Error(output);
  return output;
}

function npmBuildResult(root: string) {
  const result = spawnSync('node', ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: shellEnv({
      ...buildEnv(root, join(scratch, 'cache')),
      BORDERLINES_OUT_DIR: out,
      PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH}`,
    }),
    timeout: 240_000,
  });
  return { status: result.status, output: plainOutput(result) };
}

const PAGE = 'analyses/caucasus-fixture/index.html';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'borderlines-rebuild-'));
  out = join(scratch, 'dist');
  const root = join(scratch, 'site');
  for (const site of ['nordic', 'baltic', 'caucasus']) {
    cpSync(`tests/fixtures/sites/${site}`, root, { recursive: true });
  }
  runs.first = npmBuild(root);
  firstPageInode = statSync(join(out, PAGE)).ino;
  runs.unchanged = npmBuild(root);
  const english = join(root, 'content/analyses/baltic-fixture.mdx');
  writeFileSync(english, readFileSync(english, 'utf8').replace('a meeting in Riga.', 'a meeting in Riga, corrected.'));
  runs.corrected = npmBuild(root);
  whole = join(scratch, 'whole');
  const one = spawnSync('node_modules/.bin/astro', ['build', '--outDir', whole], {
    encoding: 'utf8',
    // Its cards come from the same store: they are the same cards, and drawing them again is slow.
    env: shellEnv({
      ...buildEnv(root, join(scratch, 'whole-cache')),
      BORDERLINES_CARD_STORE: join(scratch, 'cache', 'cards'),
    }),
    timeout: 240_000,
  });
  if (one.status !== 0) throw new Error(plainOutput(one));
  // Then a correction that breaks its analysis: an event moved to a passage the text does not have.
  const events = join(root, 'data/events/baltic-fixture.json');
  const data = JSON.parse(readFileSync(events, 'utf8'));
  data.events[0].passage = 'no-such-passage';
  writeFileSync(events, JSON.stringify(data, null, 2));
  ({ status: brokenStatus, output: runs.broken } = npmBuildResult(root));
}, 600_000);

const filesOf = (folder: string) => listFiles(folder).map((file) => relative(folder, file));

describe('a build with nothing changed since the last', () => {
  test('builds nothing, says so, and leaves the folder as it was', () => {
    expect(runs.first).toContain('Built the whole site (no earlier build is recorded).');
    expect(runs.unchanged).toContain('Nothing to build:');
    expect(runs.unchanged).not.toContain('generating static routes');
  });
});

describe('a build after one analysis was corrected', () => {
  test('renders that analysis and the pages spanning analyses, and keeps the others from the last build', () => {
    expect(runs.corrected).toContain(
      'Built baltic-fixture again (only baltic-fixture changed), with the other analyses kept from the last build.',
    );
    expect(runs.corrected).toContain('/analyses/baltic-fixture/index.html');
    expect(runs.corrected).toContain('/actors/latvia/index.html');
    expect(runs.corrected).not.toContain('/analyses/caucasus-fixture/');
    expect(runs.corrected).toMatch(/rendered 1 analyses again; kept \d+ files of the others from the last build/);
    // Search reads the kept pages' records as the last build indexed them, not their HTML again.
    expect(runs.corrected).toMatch(/the records of [1-9]\d* pages read from the last build/);
    // Kept as the first build wrote it: the same file, not a copy.
    expect(statSync(join(out, PAGE)).ino).toBe(firstPageInode);
    expect(readFileSync(join(out, 'analyses/baltic-fixture/index.html'), 'utf8')).toContain(
      'a meeting in Riga, corrected.',
    );
  });

  test('is a build for readers, not for the development server: no island says how long it took to render', () => {
    expect(readFileSync(join(out, 'analyses/baltic-fixture/index.html'), 'utf8')).toContain('<astro-island');
    expect(readFileSync(join(out, 'analyses/baltic-fixture/index.html'), 'utf8')).not.toContain('server-render-time');
  });

  test('is refused when the correction breaks its analysis, naming the file and the value, and the site stays as it was', async () => {
    expect(brokenStatus).not.toBe(0);
    expect(runs.broken.split('\n')[0]).toMatch(/data\/events\/baltic-fixture\.json.*no-such-passage/);
    expect(readFileSync(join(out, 'analyses/baltic-fixture/index.html'), 'utf8')).toContain(
      'a meeting in Riga, corrected.',
    );
    // Nothing of the failed build is left beside the site, once its leftovers' deletion is done.
    await expect
      .poll(() => readdirSync(scratch).filter((name) => name.startsWith('dist.')), { timeout: 30_000 })
      .toEqual([]);
  });

  test('leaves the same site as a build of the whole corrected content, byte for byte', () => {
    expect(filesOf(out)).toEqual(filesOf(whole));
    const differing = filesOf(whole).filter(
      (path) => !readFileSync(join(whole, path)).equals(readFileSync(join(out, path))),
    );
    expect(differing).toEqual([]);
  });
});

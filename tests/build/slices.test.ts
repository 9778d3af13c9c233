import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildFixtureSite, FIXTURE_SITES, plainOutput } from '../../scripts/fixture-site.mjs';
import { listFiles } from '../../src/lib/list-files';

// The fixture sites' three analyses, built by `npm run build` as two slices side by side and merged,
// against the same content built by `astro build` in one process (the build the other tests read).
let whole: string;
let sliced: string;
let output: string;

beforeAll(() => {
  const one = buildFixtureSite(FIXTURE_SITES);
  if (!one.ok) throw new Error(one.output);
  whole = one.outDir;
  const scratch = mkdtempSync(join(tmpdir(), 'borderlines-slices-'));
  sliced = join(scratch, 'dist');
  const result = spawnSync('node', ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: {
      ...one.env,
      BORDERLINES_CACHE_DIR: join(scratch, 'cache'),
      BORDERLINES_OUT_DIR: sliced,
      BORDERLINES_SLICES: '2',
      PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH}`,
    },
    timeout: 240_000,
  });
  output = plainOutput(result);
  if (result.status !== 0) throw new Error(output);
}, 300_000);

const filesOf = (folder: string) => listFiles(folder).map((file) => relative(folder, file));

test('a site built in slices is rendered by two builds, the first merging the second’s pages', () => {
  expect(output).toMatch(/\[slice 1\/2\] .*merged the other 1 slices: \d+ pages/);
  expect(output).toMatch(/\[slice 2\/2\] .*Complete!/);
});

test('the site built in slices and merged is the site built in one process, byte for byte', () => {
  expect(filesOf(sliced)).toEqual(filesOf(whole));
  const differing = filesOf(whole).filter(
    (path) => !readFileSync(join(whole, path)).equals(readFileSync(join(sliced, path))),
  );
  expect(differing).toEqual([]);
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildEnv, plainOutput } from '../../scripts/fixture-site.mjs';
import { BROKEN, expectProblemLine, layBrokenSite } from '../support/broken-sites';

// A broken site stops the build with its one line and nothing else, and the last good build stays
// published. Every broken site of the corpus (tests/fixtures/bad/) is read through the same content
// check without building (tests/unit/broken-sites.test.ts): `astro build` runs that check before it
// reads any content (src/integrations/content-check.ts), so each kind takes one path to the
// terminal. Three whole builds walk it: a problem with no position in the file (a schema error in
// the events), one with a line and column (the MDX compiler's), and one whose line quotes text
// that is not UTF-8. Each costs a whole Astro start, about 4 seconds of processor.
const WHOLE_BUILDS = ['malformed-date', 'mdx-syntax-error', 'non-utf8'];
const WORK = 'tests/fixtures/.work';

/** What no content error may bring with it: a stack, Astro's hints, or a progress line. */
const NOISE = /Stack trace|^\s+at |Hint:|Error reference|Location:|docs\.astro\.build|\[build\]|\[content\]/m;

/** Runs `npm run build`'s script on the broken site over a published folder from a good build. */
function buildBroken(name: string) {
  const root = layBrokenSite(name, WORK);
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
  test.each(WHOLE_BUILDS.map((name) => [BROKEN[name]!.kind, name] as const))(
    '%s (%s) is told in one line naming the file, and the last good build stays published',
    (_, name) => {
      const { status, output, published, leftover } = buildBroken(name);
      expect(status, output).not.toBe(0);
      const [first = '', ...rest] = output.split('\n');
      expectProblemLine(first, join(WORK, name), name);
      // After the problem, only the script's own line that dist/ was left alone.
      expect(rest.filter(Boolean)).toEqual([expect.stringMatching(/^Build failed: .*dist\/ is left as it was\.$/)]);
      expect(output).not.toMatch(NOISE);
      expect(published).toEqual({ files: ['index.html'], index: 'the last good build' });
      expect(leftover).toBe(false);
    },
    120_000,
  );
});

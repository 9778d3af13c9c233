import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentReport } from '../../src/integrations/content-check';
import { BROKEN, brokenSiteNames, expectProblemLine, layBrokenSite } from '../support/broken-sites';

// Each broken site of the corpus (tests/fixtures/bad/), read from its files by the check that
// `astro build` runs before it reads any content: exactly its one line. Whole builds of some of
// them (tests/build/bad-input.test.ts) prove this line is all `npm run build` prints.
const WORK = 'tests/fixtures/.work';

describe('each broken site is refused by the content check in one line naming the file', () => {
  // A folder of its own: the build tests lay broken sites in WORK beside these, at the same time.
  let work = '';
  const workDir = () => {
    mkdirSync(WORK, { recursive: true });
    return (work ||= mkdtempSync(join(WORK, 'check-')));
  };
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('each broken site in the corpus has its expectation', () => {
    expect(brokenSiteNames()).toEqual(Object.keys(BROKEN).sort());
  });

  test.each(Object.entries(BROKEN).map(([name, site]) => [site.kind, name] as const))('%s (%s)', (_, name) => {
    const root = layBrokenSite(name, workDir());
    const { lines } = contentReport(root);
    expect(lines, lines.join('\n')).toHaveLength(1);
    expectProblemLine(lines[0]!, root, name);
  });
});

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from './build-site';

// A correction to the English makes its translation stale: the build names the translated
// passage, and the Dari page tells its readers, dated, until the translation catches up. The
// Baltic fixture's Dari edition translates the original as it stands; here its Riga passage
// changes after translation.
let build: BuildResult;
let page: string;

beforeAll(() => {
  const root = join(mkdtempSync(join(tmpdir(), 'borderlines-drift-')), 'site');
  cpSync('tests/fixtures/sites/baltic', root, { recursive: true });
  const english = join(root, 'content/analyses/baltic-fixture.mdx');
  const text = readFileSync(english, 'utf8');
  writeFileSync(english, text.replace('a meeting in Riga.', 'a meeting in Riga, corrected.'));
  build = buildSite(root);
  if (!build.ok) throw new Error(build.output);
  page = readFileSync(join(build.outDir, 'fa/analyses/baltic-fixture/index.html'), 'utf8');
}, 120_000);

/** The text of the passage with this id in the built page. */
const passage = (id: string) => {
  const start = page.indexOf(`<div id="${id}"`);
  return page.slice(start, page.indexOf('</div>', page.indexOf('<p class="passage-tools"', start)));
};

describe('an English passage changed after its translation', () => {
  test('the build names the stale translated passage, its file and line', () => {
    expect(build.output).toMatch(/content\/editions\/fa\/baltic-fixture\.mdx:\d+:\d+: <Passage id="riga-passage">/);
    expect(build.output).not.toMatch(/<Passage id="border-passage">/);
  });

  test('the Dari page says so on that passage alone, with the dates, and links the English', () => {
    const note = /<p class="stale-note"[^>]*>([\s\S]*?)<\/p>/.exec(passage('riga-passage'))?.[1] ?? '';
    expect(note).toMatch(/[۰-۹]+ [^\s(]+ [۰-۹]{4} \([۰-۹]+ [^\s)]+ [۰-۹]{4}\)/);
    expect(note).toContain('href="/analyses/baltic-fixture/#riga-passage"');
    expect(passage('border-passage')).not.toContain('stale-note');
  });
});

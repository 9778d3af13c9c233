import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from './build-site';

// A correction to the English makes its translation stale: the build names the translated
// passage, and the Dari page tells its readers, dated, until the translation catches up. The
// Baltic fixture's Dari edition translates the original as it stands; here its Riga passage
// changes after translation, and the site (Baltic and Caucasus) is built again with the cache
// of the build before, as an editor's next build is.
let before: BuildResult;
let build: BuildResult;
let page: string;

beforeAll(() => {
  const scratch = mkdtempSync(join(tmpdir(), 'borderlines-drift-'));
  const root = join(scratch, 'site');
  for (const site of ['baltic', 'caucasus']) cpSync(`tests/fixtures/sites/${site}`, root, { recursive: true });
  before = buildSite(root, join(scratch, 'cache'));
  if (!before.ok) throw new Error(before.output);
  const english = join(root, 'content/analyses/baltic-fixture.mdx');
  const text = readFileSync(english, 'utf8');
  writeFileSync(english, text.replace('a meeting in Riga.', 'a meeting in Riga, corrected.'));
  build = buildSite(root, join(scratch, 'cache'));
  if (!build.ok) throw new Error(build.output);
  page = readFileSync(join(build.outDir, 'fa/analyses/baltic-fixture/index.html'), 'utf8');
}, 180_000);

describe('the build after a correction', () => {
  test('renders the corrected analysis’s pages and cards again, in every edition, and the corrected text is on them', () => {
    // Astro names each page it builds, and says "(restored)" of one it copies from the last build.
    for (const path of [
      '/analyses/baltic-fixture/index.html',
      '/fa/analyses/baltic-fixture/index.html',
      '/analyses/baltic-fixture/share/riga/card.png',
    ]) {
      expect(build.output).toContain(path);
      expect(build.output).not.toContain(`${path} (restored)`);
    }
    expect(readFileSync(join(build.outDir, 'analyses/baltic-fixture/index.html'), 'utf8')).toContain(
      'a meeting in Riga, corrected.',
    );
  });

  test('renders the pages spanning analyses again, and copies the other analysis’s pages as the last build made them', () => {
    for (const path of ['├─ /index.html', '/actors/latvia/index.html']) {
      expect(build.output).toContain(path);
      expect(build.output).not.toContain(`${path} (restored)`);
    }
    for (const file of ['analyses/caucasus-fixture/index.html', 'analyses/caucasus-fixture/card.png']) {
      expect(build.output).toContain(`/${file} (restored)`);
      expect(readFileSync(join(build.outDir, file))).toEqual(readFileSync(join(before.outDir, file)));
    }
  });
});

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

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEnv, plainOutput } from '../../scripts/fixture-site.mjs';

// Adding a language is an entry in the registry (src/lib/i18n/editions.ts), its words file and
// its content. This test does exactly that to a copy of the project, with Testish ("xx"), a
// made-up left-to-right language with Gregorian dates and Latin digits, and builds the Baltic
// fixture with a Testish edition beside its Dari one. Nothing else in the source is touched: a
// file that spelled the list of editions for itself would leave Testish out, and this test would
// see it. The copy, not a hook in the source, so that the site's code carries nothing for tests.

const REGISTRY = 'src/lib/i18n/editions.ts';

/** What the project builds from (node_modules is linked, not copied). */
// data/geo: the rivers and lakes every map draws, read from the project whatever content it builds.
const PROJECT_FILES = ['src', 'public', 'data/geo', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Testish's words file: the English words, with the ones a reader would see first made Testish. */
const TESTISH_WORDS = `import { en, enSearch, type Words } from './en';

export const xxSearch: Words['search'] = { ...enSearch, open: 'Searchish' };

export const xx: Words = {
  ...en,
  site: { ...en.site, tagline: 'Analysish beside a mappish', languages: 'Readish in another languagish' },
  search: xxSearch,
};
`;

/** Testish's entry in the registry. */
const TESTISH_ENTRY = `{
    code: 'xx',
    locale: 'xx',
    htmlLang: 'xx',
    dir: 'ltr',
    name: 'Testish',
    englishName: 'Testish',
    calendar: 'gregorian',
    numberLocales: ['en-GB'],
    search: xxSearch,
  }`;

/** Replaces `anchor` in the registry's text, or says that the registry no longer reads as this test expects. */
function edit(text: string, anchor: RegExp, replacement: string): string {
  if (!anchor.test(text))
    throw new Error(`${REGISTRY}: found no ${anchor}; update how this test adds an edition to match the registry`);
  return text.replace(anchor, replacement);
}

/** The scratch folders this file makes, removed at its end. */
const scratch: string[] = [];
const scratchFolder = (prefix: string) => {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(folder);
  return folder;
};

/** A copy of the project with Testish added as the registry says a language is added. */
function projectWithTestish(): string {
  const project = scratchFolder('borderlines-testish-');
  for (const file of PROJECT_FILES) cpSync(file, join(project, file), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  writeFileSync(join(project, 'src/lib/i18n/words/xx.ts'), TESTISH_WORDS);
  let registry = readFileSync(join(project, REGISTRY), 'utf8');
  registry = `import { xx, xxSearch } from './words/xx.ts';\n${registry}`;
  registry = edit(
    registry,
    /\n\] as const satisfies readonly Edition\[\];/,
    `\n  ${TESTISH_ENTRY},\n] as const satisfies readonly Edition[];`,
  );
  registry = edit(registry, /export const WORDS = \{ ([^}]*) \}/, 'export const WORDS = { $1, xx }');
  writeFileSync(join(project, REGISTRY), registry);
  return project;
}

/** The Baltic fixture with a Testish edition and every actor named in Testish, as a content root. */
function contentWithTestish(change: (root: string) => void = () => {}): string {
  const root = scratchFolder('borderlines-testish-content-');
  cpSync('tests/fixtures/sites/baltic', root, { recursive: true });
  cpSync('tests/fixtures/new-edition', root, { recursive: true });
  change(root);
  return root;
}

/** Builds the content under `root` with the project at `project`, as `astro build` does. */
function build(project: string, root: string) {
  const outDir = join(root, 'dist');
  const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: project,
    encoding: 'utf8',
    env: buildEnv(root, join(root, 'cache')),
    timeout: 240_000,
  });
  return { ok: result.status === 0, output: plainOutput(result), outDir };
}

let project: string;
let site: ReturnType<typeof build>;
const page = (path: string) => readFileSync(join(site.outDir, path, 'index.html'), 'utf8');

beforeAll(() => {
  project = projectWithTestish();
  site = build(project, contentWithTestish());
  if (!site.ok) throw new Error(site.output);
}, 300_000);

afterAll(() => {
  for (const folder of scratch) rmSync(folder, { recursive: true, force: true });
});

describe('a fourth edition, added as an entry in the registry, its words and its content', () => {
  test('its analysis is published at /xx/analyses/<slug>/, in its language, left to right, in its words', () => {
    const html = page('xx/analyses/baltic-fixture');
    expect(html).toMatch(/<html lang="xx" dir="ltr"/);
    expect(html).toContain('Testish fixture: three Baltish states');
    expect(html).toContain('A testish paragraph about a meeting in Rigish.');
    expect(html).toContain('Analysish beside a mappish');
    // Gregorian dates in Latin digits, as its entry says.
    expect(html).toContain('<time datetime="2024-05-01">1 May 2024</time>');
  });

  test('the English and Dari pages offer it in their language switch and name it among their hreflang alternates', () => {
    for (const path of ['analyses/baltic-fixture', 'fa/analyses/baltic-fixture']) {
      const html = page(path);
      expect(html).toContain('<a href="/xx/analyses/baltic-fixture/" hreflang="xx" lang="xx" data-keeps-place>');
      expect(html).toContain(
        '<link rel="alternate" hreflang="xx" href="https://borderlines.example/xx/analyses/baltic-fixture/">',
      );
    }
  });

  test('its own page offers the English and the Dari, and its home page is built', () => {
    const html = page('xx/analyses/baltic-fixture');
    expect(html).toContain('<a href="/analyses/baltic-fixture/" hreflang="en" lang="en-GB" data-keeps-place>');
    expect(html).toContain('<a href="/fa/analyses/baltic-fixture/" hreflang="fa-AF" lang="fa-AF" data-keeps-place>');
    expect(page('xx')).toMatch(/<html lang="xx" dir="ltr"/);
  });

  test('the sitemap gives its page the hreflang "xx"', () => {
    const sitemap = readFileSync(join(site.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(
      '<xhtml:link rel="alternate" hreflang="xx" href="https://borderlines.example/xx/analyses/baltic-fixture/"/>',
    );
  });

  test('a passage missing from its edition is refused by the content check, naming the file and the passage', () => {
    const missing = build(
      project,
      contentWithTestish((root) => {
        const file = join(root, 'content/editions/xx/baltic-fixture.mdx');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/<Passage id="riga-passage"[\s\S]*?<\/Passage>/, ''));
      }),
    );
    expect(missing.ok).toBe(false);
    expect(missing.output).toContain(
      'content/editions/xx/baltic-fixture.mdx: <Passage id="riga-passage">: found nothing;',
    );
  }, 300_000);
});

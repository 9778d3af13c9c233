import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { expect, test } from 'vitest';
import { decodeEntities as decode } from '../../src/lib/html-entities';
import { listBuiltPages } from '../support/built-pages';

// Every page the build wrote, checked as files: valid HTML, and every link, image and fragment it
// names exists in dist/. Nothing here needs the server or a browser.
const DIST = 'dist';

const pages = listBuiltPages(DIST).map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));

/**
 * html-validate's recommended rules, with two relaxed (docs/tests.md lists them too):
 * - `long-title`: share pages are titled "event · analysis" so a shared link names both; search
 *   engines cut long titles for display, and the HTML is no less valid for it.
 * - `void-style`: MDX writes images as `<img />`; HTML allows the slash on void elements, so
 *   which spelling is used is a matter of taste, not validity.
 * `no-inline-style` stays on: the content security policy forbids `style=` anyway. Astro's own
 * island stylesheet is the one exception, matched exactly below.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off', 'void-style': 'off' },
});

/**
 * Astro puts `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>` before
 * the first island, in the body, where the HTML standard allows `<style>` only in the head.
 * Browsers apply it and the policy hashes it; it is the framework's markup, not ours to move.
 */
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
function isAstroIslandStyle(message: Message, html: string) {
  if (message.ruleId !== 'element-permitted-content' || !message.message.startsWith('<style> element')) return false;
  const line = html.split('\n')[message.line - 1] ?? '';
  return line.startsWith(ASTRO_ISLAND_STYLE, line.lastIndexOf('<', message.column));
}

test('every built page passes html-validate', async () => {
  expect(pages.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const { file, html } of pages) {
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (isAstroIslandStyle(message, html)) continue;
        problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

interface Reference {
  /** The attribute as written, for the report. */
  attribute: string;
  url: string;
  /** A resource the page loads (image, script, stylesheet), not a link a reader follows. */
  loads: boolean;
}

/** Ids and outgoing references of one page, SVG included, as an HTML parser reads them. */
function readPage(html: string) {
  const ids: string[] = [];
  const references: Reference[] = [];
  const add = (attribute: string, url: string, loads: boolean) =>
    references.push({ attribute, url: decode(url), loads });
  walkSync(parse(html), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const name = node.name.toLowerCase();
    const attributes = node.attributes as Record<string, string>;
    const get = (key: string) => attributes[key];
    if (get('id') !== undefined) ids.push(decode(get('id')!));
    const href = get('href') ?? get('xlink:href');
    if ((name === 'a' || name === 'area') && href !== undefined) add(`<${name} href>`, href, false);
    if (name === 'link' && href !== undefined) {
      const rel = get('rel') ?? '';
      add(`<link rel="${rel}">`, href, !/\b(canonical|alternate)\b/.test(rel));
    }
    if ((name === 'use' || name === 'image') && href !== undefined) add(`<${name} href>`, href, true);
    if (get('src') !== undefined) add(`<${name} src>`, get('src')!, true);
    for (const candidate of get('srcset')?.split(',') ?? []) {
      add(`<${name} srcset>`, candidate.trim().split(/\s+/)[0]!, true);
    }
    const content = get('content');
    if (name === 'meta' && content !== undefined) {
      const key = get('property') ?? get('name') ?? '';
      if (get('http-equiv') === 'refresh') add('<meta refresh>', content.replace(/^\d+;\s*url=/i, ''), false);
      else if (/^(og:(image|url)|twitter:image)$/.test(key)) add(`<meta ${key}>`, content, false);
    }
  });
  return { ids, references };
}

test('every internal link, image and fragment resolves in the built site', () => {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(`${DIST}/index.html`, 'utf8'));
  const site = new URL(canonical![1]!).origin;
  const parsed = new Map(pages.map(({ path, html }) => [path, readPage(html)]));

  const broken: string[] = [];
  let internal = 0;
  let fragments = 0;
  for (const { file, path } of pages) {
    for (const { attribute, url: written, loads } of parsed.get(path)!.references) {
      const url = new URL(written, `${site}${path}`);
      const where = `${file} ${attribute} "${written}"`;
      if (url.origin !== site) {
        if (loads || !/^https?:$/.test(url.protocol)) broken.push(`${where}: loads from another origin`);
        continue;
      }
      internal += 1;
      const target = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
      if (!existsSync(join(DIST, decodeURIComponent(target)))) {
        broken.push(`${where}: no file ${target}`);
        continue;
      }
      if (written.endsWith('#')) broken.push(`${where}: empty fragment`);
      if (!url.hash) continue;
      fragments += 1;
      const ids = parsed.get(url.pathname)?.ids;
      if (!ids?.includes(decodeURIComponent(url.hash.slice(1)))) broken.push(`${where}: no element with that id`);
    }
  }
  console.log(`${pages.length} pages: ${internal} internal references, ${fragments} with a fragment, checked`);
  expect(internal).toBeGreaterThan(pages.length);
  expect(broken).toEqual([]);
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate, type Message } from 'html-validate';
import { listBuiltPages } from './helpers';

// Every page the build wrote, checked as files: valid HTML, and every link, image and fragment it
// names exists in dist/. Nothing here needs the server.
const DIST = 'dist';

const pages = listBuiltPages(DIST).map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));

/**
 * html-validate's recommended rules, with two relaxed (the README lists them too):
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

/** Ids and outgoing references of one page, read by the browser's own parser. */
async function readPage(page: Page, html: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const references: Reference[] = [];
    const add = (attribute: string, url: string, loads: boolean) => references.push({ attribute, url, loads });
    for (const element of doc.querySelectorAll('a[href], area[href]')) {
      add(`<${element.localName} href>`, element.getAttribute('href')!, false);
    }
    for (const element of doc.querySelectorAll('link[href]')) {
      const rel = element.getAttribute('rel') ?? '';
      add(`<link rel="${rel}">`, element.getAttribute('href')!, !/\b(canonical|alternate)\b/.test(rel));
    }
    for (const element of doc.querySelectorAll('[src]')) {
      add(`<${element.localName} src>`, element.getAttribute('src')!, true);
    }
    for (const element of doc.querySelectorAll('[srcset]')) {
      for (const candidate of element.getAttribute('srcset')!.split(',')) {
        add(`<${element.localName} srcset>`, candidate.trim().split(/\s+/)[0]!, true);
      }
    }
    for (const element of doc.querySelectorAll('use, image')) {
      const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
      if (href) add(`<${element.localName} href>`, href, true);
    }
    for (const element of doc.querySelectorAll('meta[content]')) {
      const content = element.getAttribute('content')!;
      const key = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
      if (element.getAttribute('http-equiv') === 'refresh') {
        add('<meta refresh>', content.replace(/^\d+;\s*url=/i, ''), false);
      } else if (/^(og:(image|url)|twitter:image)$/.test(key)) {
        add(`<meta ${key}>`, content, false);
      }
    }
    return { ids: [...doc.querySelectorAll('[id]')].map((element) => element.id), references };
  }, html);
}

test('every internal link, image and fragment resolves in the built site', async ({ page }) => {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(`${DIST}/index.html`, 'utf8'));
  const site = new URL(canonical![1]!).origin;
  const parsed = new Map<string, Awaited<ReturnType<typeof readPage>>>();
  for (const { path, html } of pages) parsed.set(path, await readPage(page, html));

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

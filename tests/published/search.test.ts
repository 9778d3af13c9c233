import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { listBuiltPages } from '../../src/lib/built-pages';
import { passageTexts } from '../../src/lib/content/editions/passage-text';
import { EDITION_CODES } from '../../src/lib/i18n/alternates';
import { readAnalyses } from '../support/analysis-data';
import { indexedPages, recordUrls } from '../support/search-records';

// The search index as published in dist/pagefind/: one index per edition, a page a document with
// its passages marked in it, and the pages that offer search allowed to run it.
const INDEX = 'dist/pagefind';
const entry = JSON.parse(readFileSync(`${INDEX}/pagefind-entry.json`, 'utf8'));
const prefixOf = (code: string) => (code === 'en' ? '' : `/${code}`);

const urls = recordUrls(INDEX);
const indexed = indexedPages(INDEX);

describe('the search index', () => {
  test('has one index per edition, named as Pagefind looks them up', () => {
    expect(Object.keys(entry.languages).sort()).toEqual([...EDITION_CODES].sort());
    for (const code of EDITION_CODES) {
      expect(existsSync(`${INDEX}/pagefind.${entry.languages[code].hash}.pf_meta`), code).toBe(true);
      expect(entry.languages[code].page_count, code).toBe(indexed[code]?.length);
    }
  });

  test('holds each edition’s passages at their own addresses, in that edition’s index only', () => {
    for (const { slug } of readAnalyses()) {
      for (const { id } of passageTexts(readFileSync(`content/analyses/${slug}.mdx`, 'utf8'))) {
        for (const code of EDITION_CODES) {
          expect(urls[code], `${code} ${id}`).toContain(`${prefixOf(code)}/analyses/${slug}/#${id}`);
        }
      }
    }
    for (const code of EDITION_CODES) {
      const elsewhere = urls[code]!.filter((url) =>
        code === 'en' ? /^\/(fa|ps)\//.test(url) : !url.startsWith(`/${code}/`),
      );
      expect(elsewhere, code).toEqual([]);
    }
  });

  test('holds each page once, as one document: a passage is a part of its page, not a page of its own', () => {
    for (const code of EDITION_CODES) {
      const addresses = indexed[code]!.map((page) => page.url);
      expect(
        addresses.filter((url) => url.includes('#')),
        code,
      ).toEqual([]);
      expect(new Set(addresses).size, code).toBe(addresses.length);
    }
  });

  test('holds no share page, no page not found and no home page', () => {
    const all = Object.values(urls).flat();
    expect(all.filter((url) => /\/share\/|404/.test(url) || /^(\/(fa|ps))?\/$/.test(url))).toEqual([]);
  });

  test('publishes only what the site’s own panel uses: not Pagefind’s interfaces or worker', () => {
    expect(readdirSync(INDEX).filter((name) => /\.(js|css)$/.test(name))).toEqual(['pagefind.js']);
    expect(existsSync('dist/search/panel.js')).toBe(true);
  });
});

describe('the pages that offer search', () => {
  const pages = listBuiltPages('dist').map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));

  test('are every page but the share pages and the embeds, and their policy allows Pagefind’s WebAssembly', () => {
    for (const { path, html } of pages) {
      const searchless = path.includes('/share/') || /^(\/[a-z]{2})?\/embed\//.test(path);
      expect(html.includes('class="search-button"'), path).toBe(!searchless);
      expect(html.includes("'wasm-unsafe-eval'"), path).toBe(!searchless);
    }
  });

  test('load nothing of search with the page: a home page, which has no island, loads no script file at all', () => {
    for (const code of EDITION_CODES) {
      const home = pages.find((page) => page.path === `${prefixOf(code)}/`)!;
      expect(home.html, code).toContain('class="search-button"');
      expect(home.html, code).not.toMatch(/<script[^>]*\ssrc=/);
    }
  });
});

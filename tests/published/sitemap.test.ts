import { readdirSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { ORIGINAL, TRANSLATIONS } from '../../src/lib/i18n/editions';

// Search engines send a reader to the edition in their language by the sitemap's hreflang: each
// alternate must name the language of the page it points to.
const urls = readdirSync('dist')
  .filter((file) => /^sitemap-\d+\.xml$/.test(file))
  .flatMap((file) => {
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['url', 'xhtml:link'].includes(name),
    }).parse(readFileSync(`dist/${file}`, 'utf8'));
    return doc.urlset.url as { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[];
  });

/** The `<html lang>` of the built page at an address. */
const pageLang = (href: string) =>
  /<html lang="([^"]+)"/.exec(readFileSync(`dist${new URL(href).pathname}index.html`, 'utf8'))?.[1];

/** The edition an address belongs to, by its first folder. */
const editionOf = (href: string) =>
  TRANSLATIONS.find((edition) => new URL(href).pathname.startsWith(`/${edition.code}/`)) ?? ORIGINAL;

test('every hreflang in the sitemap names the language of the page it points to, and x-default the English', () => {
  const links = urls.flatMap((url) => url['xhtml:link'] ?? []);
  expect(links.length).toBeGreaterThan(0);
  const wrong = links.filter((link) => {
    const hreflang = link['@_hreflang'];
    if (hreflang === 'x-default') return editionOf(link['@_href']) !== ORIGINAL;
    // The page may say more than the sitemap ("en-GB" for "en"), never something else.
    const lang = pageLang(link['@_href']) ?? '';
    return hreflang !== editionOf(link['@_href']).locale || (lang !== hreflang && !lang.startsWith(`${hreflang}-`));
  });
  expect(wrong).toEqual([]);
});

test('every page with editions lists itself among them, in every edition', () => {
  for (const url of urls.filter((u) => u['xhtml:link'])) {
    const hrefs = url['xhtml:link']!.map((link) => link['@_href']);
    expect(hrefs, url.loc).toContain(url.loc);
    const languages = url['xhtml:link']!.map((link) => link['@_hreflang']);
    expect(new Set(languages).size, url.loc).toBe(languages.length);
  }
});

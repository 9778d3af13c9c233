import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { CONTENT_TOP_FOLDERS, contentRoot, editionFolders } from '../content/paths';
import { listFiles } from '../list-files';
import { allLangs, type Lang } from '../i18n/lang';
import { editionCountryNames, editionWaterNames } from './glossary';

/** The words of a dictionary, functions included (their text holds their words). */
const dictionaryText = (value: unknown): string =>
  typeof value === 'function'
    ? String(value)
    : typeof value === 'object' && value !== null
      ? Object.values(value).map(dictionaryText).join(' ')
      : String(value);

/**
 * What an edition can set besides its content: its words, its names of countries (the glossary's,
 * and CLDR's for the rest) and of rivers and lakes (the glossary's), dates and digits.
 */
function editionWords(lang: Lang): string[] {
  const names = new Intl.DisplayNames([lang.edition.locale], { type: 'region', fallback: 'none' });
  const countryNames = Object.keys(countries.getAlpha2Codes()).map((code) => names.of(code) ?? '');
  const months = Array.from({ length: 12 }, (_, month) =>
    lang.day(new Date(Date.UTC(2022, month, 15))).concat(' ', lang.day(new Date(Date.UTC(2022, month, 28)))),
  );
  const ownNames = [
    ...editionCountryNames(lang.edition.code).values(),
    ...editionWaterNames(lang.edition.code).own.values(),
  ];
  return [dictionaryText(lang.words), ...ownNames, ...countryNames, ...months, lang.number(1234567890.5)];
}

/**
 * The characters of these texts, each once, in the order they first come: what a face is cut to.
 * A site of 1,000 analyses has some 80 MB of text; handed on whole, it was matched and spread into
 * arrays of a character each (tens of millions) for every face cut from it. Read a UTF-16 unit at
 * a time, a character of the Basic Multilingual Plane marked in a table, one beyond it (a pair of
 * units) in a set, as iterating the string would yield them.
 */
export function distinctCharacters(texts: Iterable<string>): string {
  const seen = new Uint8Array(0x10000);
  const pairs = new Set<string>();
  let found = '';
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const pair = text.slice(i, i + 2);
        i += 1;
        if (!pairs.has(pair)) {
          pairs.add(pair);
          found += pair;
        }
      } else if (seen[unit] === 0) {
        seen[unit] = 1;
        found += text[i];
      }
    }
  }
  return found;
}

/**
 * Every character the translated editions can set: their content, the site's words, the names of
 * the world's countries as the glossary and CLDR give them, digits and dates (the Solar months
 * among them), each once. The type is subset to these, and a new edition's text extends it at the
 * next build.
 */
export function editionCharacters(): string {
  const langs = allLangs().filter((lang) => lang.edition.dir === 'rtl');
  const texts = langs.flatMap((lang) => {
    const folders = editionFolders(lang.edition.code);
    const files = [...listFiles(join(contentRoot(), folders.mdx)), ...listFiles(join(contentRoot(), folders.json))];
    return [...files.map((file) => readFileSync(file, 'utf8')), ...editionWords(lang)];
  });
  return distinctCharacters(texts.flatMap((text) => [text, ' ']));
}

/** Every character any edition can set, each once: all the content and data, and every edition's words. */
export function siteCharacters(): string {
  const files = CONTENT_TOP_FOLDERS.flatMap((folder) => listFiles(join(contentRoot(), folder)));
  const texts = [...files.map((file) => readFileSync(file, 'utf8')), ...allLangs().flatMap(editionWords)];
  return distinctCharacters(texts.flatMap((text) => [text, ' ']));
}

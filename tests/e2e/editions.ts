import { readdirSync, readFileSync } from 'node:fs';
import { htmlLang } from '../../src/lib/i18n/alternates';
import { langFor } from '../../src/lib/i18n/lang';
import type { Words } from '../../src/lib/i18n/words/en';
import { readAnalyses } from '../support/analysis-data';

export { fill } from '../../src/lib/i18n/sync-words';

// Every edition the site publishes, as the end-to-end tests read it: where its pages live, how its
// pages declare their language, and the words the site says in it (the dictionaries the pages are
// built from, src/lib/i18n/words/), so that a test asks for "Dark mode" in the reader's language.
// Ids, places and data attributes are the same in every edition; text is not.

export interface TestEdition {
  /** "en", "fa", "ps". */
  code: string;
  /** The language's name in English, for test titles. */
  name: string;
  /** Where its pages live: "" for the English, "/fa" for Dari. */
  prefix: string;
  /** `<html lang>`: "en-GB", "fa-AF", "ps-AF". */
  lang: string;
  /** `hreflang` of its pages. */
  hreflang: string;
  dir: 'ltr' | 'rtl';
  words: Words;
  /** A number as the edition writes it, in its own digits. */
  number: (value: number) => string;
  /** The edition's home page. */
  home: string;
  /** An analysis's page in the edition. */
  article: (slug: string) => string;
  /** An actor's page in the edition ("iran"). */
  actor: (id: string) => string;
  /** A relation's page in the edition ("afghanistan--pakistan"). */
  relation: (id: string) => string;
}

function edition(code: string): TestEdition {
  const lang = langFor(code);
  return {
    code,
    name: lang.edition.englishName,
    prefix: lang.prefix,
    lang: htmlLang(code),
    hreflang: lang.edition.locale,
    dir: lang.edition.dir,
    words: lang.words,
    number: (value) => lang.number(value),
    home: `${lang.prefix}/`,
    article: (slug) => `${lang.prefix}/analyses/${slug}/`,
    actor: (id) => `${lang.prefix}/actors/${id}/`,
    relation: (id) => `${lang.prefix}/relations/${id}/`,
  };
}

export const ENGLISH = edition('en');
export const DARI = edition('fa');
export const PASHTO = edition('ps');

/** Every edition, the English first. */
export const EDITIONS: readonly TestEdition[] = [ENGLISH, DARI, PASHTO];

/** The edition a page of the site belongs to: of those whose prefix begins its address, the longest. */
export const editionAt = (path: string): TestEdition =>
  [...EDITIONS]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((edition) => path.startsWith(`${edition.prefix}/`))!;

/**
 * One edition each way, left to right and right to left, for what the page's script does: that is
 * one code path for every edition, and the direction is what changes it. Each edition's own words
 * are read in the built pages (tests/published/) and in every edition's words (tests/unit/i18n/).
 */
export const BOTH_DIRECTIONS: readonly TestEdition[] = [ENGLISH, PASHTO];

/** The editions that translate the English, both right to left. */
export const TRANSLATED: readonly TestEdition[] = [DARI, PASHTO];

/** The analysis every edition publishes, read from the English source. */
export const [ANALYSIS] = readAnalyses();
if (!ANALYSIS) throw new Error('no analysis to test');
export const SLUG = ANALYSIS.slug;

/** The site's actors (data/entities/), each with a page in every edition, as the analysis declares them all. */
export const ACTORS = readdirSync('data/entities').map((file) => file.replace(/\.json$/, ''));
/** The pairs of them that share an event or a border, each with a page in every edition. */
export const RELATIONS = ['afghanistan--iran', 'afghanistan--pakistan'];

/** Eastern Arabic-Indic digits, as Dari and Pashto write numbers. */
export const EASTERN_DIGIT = /[۰-۹]/;
export const ASCII_DIGIT = /[0-9]/;

/**
 * Words in Latin letters that a translated edition's own content uses (a name left in Latin), read
 * from its files: the text it publishes, not the markup, ids or keys around it. The site may show
 * these on its pages in that edition.
 */
export function latinWordsInContent(code: string, slug = SLUG): string[] {
  const mdx = readFileSync(`content/editions/${code}/${slug}.mdx`, 'utf8')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^[\s-]*[a-z]+:/gm, ' ');
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(JSON.parse(readFileSync(`data/editions/${code}/${slug}.json`, 'utf8')));
  return [...new Set([mdx, ...strings].join('\n').match(/[A-Za-z][A-Za-z'’.-]*[A-Za-z]/g) ?? [])];
}

/** Text to match as it is, in a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern matching what the page's script makes of one of its templates ("{index} of {count}:
 * {title}, {date}"): its words as they are, each {slot} as the pattern given for it, or any text.
 */
export function templatePattern(template: string, slots: Record<string, string> = {}): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      return slot ? (slots[slot] ?? '.*') : escapeRegExp(part);
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** An event's title as an edition gives it: the English source's, or the translation's own data. */
export function eventTitle(edition: TestEdition, id: string, slug = SLUG): string {
  if (edition === ENGLISH)
    return readAnalyses()
      .find((analysis) => analysis.slug === slug)!
      .events.find((e) => e.id === id)!.title;
  const data = JSON.parse(readFileSync(`data/editions/${edition.code}/${slug}.json`, 'utf8'));
  return data.events[id].title;
}

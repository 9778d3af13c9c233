import { en, enSearch, type Words } from './words/en.ts';
import { fa, faSearch } from './words/fa.ts';
import { ps, psSearch } from './words/ps.ts';

// The registry of editions: the one place that lists them. Everything that differs by language
// (addresses, `lang` and `dir`, the calendar, digits, the language switch, hreflang, the sitemap,
// the search index, the names each actor needs) is read from here. Adding a language is an entry
// in TRANSLATIONS and WORDS below, its words file (./words/<code>.ts) and its content
// (content/editions/<code>/ and data/editions/<code>/). Relative imports name their `.ts`: the
// build script and astro.config.mjs read this under Node.

/** An edition of the site: the language it is written in and how it reads. */
export interface Edition {
  /** Short code, used in addresses (`/fa/analyses/…`) and file folders (`content/editions/fa/`). */
  code: string;
  /** BCP 47 tag for `hreflang` and the sitemap. */
  locale: string;
  /** BCP 47 tag for `lang` attributes, feeds and structured data: as the edition is written. */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language switch. */
  name: string;
  /** The language's name in English, for editors' messages ("write the actor's name in Dari"). */
  englishName: string;
  /** How dates are given: Gregorian, or the Solar Hijri calendar as Afghanistan uses it, the Gregorian beside it. */
  calendar: 'gregorian' | 'solar-hijri';
  /**
   * The locales Intl formats numbers with, best first: the edition's digits (Eastern Arabic-Indic
   * for Dari and Pashto). Browsers that lack a language's data (Chromium has no Pashto) take the
   * next, which writes the same digits the same way.
   */
  numberLocales: readonly string[];
  /**
   * Month names Intl writes otherwise than the edition's papers do, each with the way they write
   * it. Every date in the edition is written with these (src/lib/i18n/calendar.ts).
   */
  monthNames?: Readonly<Record<string, string>>;
  /**
   * What search says, in the edition's language. Only these words, not the whole dictionary
   * (WORDS), so that the search panel's script carries the registry and nothing more.
   */
  search: Words['search'];
}

/** English is the original. */
export const ORIGINAL = {
  code: 'en',
  locale: 'en',
  htmlLang: 'en-GB',
  dir: 'ltr',
  name: 'English',
  englishName: 'English',
  calendar: 'gregorian',
  numberLocales: ['en-GB'],
  search: enSearch,
} as const satisfies Edition;

/** The translated editions, each linked to the English by every section, passage and event id. */
export const TRANSLATIONS = [
  {
    code: 'fa',
    locale: 'fa-AF',
    htmlLang: 'fa-AF',
    dir: 'rtl',
    name: 'دری',
    englishName: 'Dari',
    calendar: 'solar-hijri',
    numberLocales: ['fa-AF-u-nu-arabext'],
    // ICU writes Sonbola with the hamza of ezafe, which Afghan writing never puts in a date.
    monthNames: { سنبلهٔ: 'سنبله' },
    search: faSearch,
  },
  {
    code: 'ps',
    locale: 'ps-AF',
    htmlLang: 'ps-AF',
    dir: 'rtl',
    name: 'پښتو',
    englishName: 'Pashto',
    calendar: 'solar-hijri',
    // Pashto falls back to Dari's, whose digits and separators it shares.
    numberLocales: ['ps-AF-u-nu-arabext', 'fa-AF-u-nu-arabext'],
    // ICU spells Gemini and Cancer with the Persian gaf; Pashto writes its own «ګ».
    monthNames: { غبرگولی: 'غبرګولی', چنگاښ: 'چنګاښ' },
    search: psSearch,
  },
] as const satisfies readonly Edition[];

export type TranslationCode = (typeof TRANSLATIONS)[number]['code'];
export type EditionCode = typeof ORIGINAL.code | TranslationCode;

/** Each edition's words: the site's own text in its language. */
export const WORDS = { en, fa, ps } as const satisfies Record<EditionCode, Words>;

/** Every edition, the original first. */
export const EDITIONS: readonly Edition[] = [ORIGINAL, ...TRANSLATIONS];

/** Every edition's code, the original first. (Pure: a bundle that does not use it drops it.) */
export const EDITION_CODES = /* @__PURE__ */ EDITIONS.map((edition) => edition.code) as readonly EditionCode[];

/** The edition with this code, or undefined. */
export const editionOf = (code: string): Edition | undefined => EDITIONS.find((edition) => edition.code === code);

/** The codes in words for an editor's message: "en, fa and ps". */
export const codesInWords = () => `${EDITION_CODES.slice(0, -1).join(', ')} and ${EDITION_CODES.at(-1)}`;

/**
 * The index an edition's pages are searched in: the primary subtag of their `<html lang>` ("fa"
 * for "fa-AF"). In the browser Pagefind looks for an index named by the page's whole `lang`
 * ("fa-af") and then by its primary subtag, so each edition searches its own.
 */
export const searchLanguage = (edition: Pick<Edition, 'htmlLang'>) => edition.htmlLang.split('-')[0]!.toLowerCase();

import { EDITION_CODES, EDITIONS, editionOf, ORIGINAL } from './editions';

/** The same page in one edition, for `hreflang` links, the sitemap and the language switch. */
export interface Alternate {
  code: string;
  /** `hreflang`: the edition's locale ("en", "fa-AF"). */
  hreflang: string;
  /** `lang` of the edition's name. */
  locale: string;
  name: string;
  /** Root-relative address of the page in that edition. */
  path: string;
}

/** An edition's `lang` attribute: the original's is British English, as it is written. */
export const htmlLang = (code: string) => editionOf(code)!.htmlLang;

/**
 * A page that exists in the given editions, at `path` in the original (e.g. "/analyses/x/"): its
 * address in each, the original first. A page every edition has passes every code.
 */
export function alternatesOf(path: string, codes: readonly string[]): Alternate[] {
  return EDITIONS.filter((edition) => codes.includes(edition.code)).map((edition) => ({
    code: edition.code,
    hreflang: edition.locale,
    locale: htmlLang(edition.code),
    name: edition.name,
    path: edition.code === ORIGINAL.code ? path : `/${edition.code}${path}`,
  }));
}

/** Every edition's code (from the registry, where it is defined). */
export { EDITION_CODES };

/** An edition of the site: the language it is written in and how it reads. */
export interface Edition {
  /** Short code, used in addresses (`/fa/analyses/…`) and file folders (`content/editions/fa/`). */
  code: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language switch. */
  name: string;
}

/** English is the original; Dari and Pashto translate it. */
export const ORIGINAL: Edition = { code: 'en', locale: 'en', dir: 'ltr', name: 'English' };

/** The translated editions, each linked to the English by every section, passage and event id. */
export const TRANSLATIONS = [
  { code: 'fa', locale: 'fa-AF', dir: 'rtl', name: 'دری' },
  { code: 'ps', locale: 'ps-AF', dir: 'rtl', name: 'پښتو' },
] as const satisfies readonly Edition[];

export type TranslationCode = (typeof TRANSLATIONS)[number]['code'];

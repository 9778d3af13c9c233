/**
 * Each edition's number locales (see Lang): Pashto falls back to Dari's, whose digits and
 * separators it shares. A module of its own, so that the search panel's script writes numbers as
 * the page does without carrying the rest of Lang.
 */
const NUMBER_LOCALES: Record<string, string[]> = {
  en: ['en-GB'],
  fa: ['fa-AF-u-nu-arabext'],
  ps: ['ps-AF-u-nu-arabext', 'fa-AF-u-nu-arabext'],
};

/** An edition's number locales, by its code ("en", "fa", "ps"). */
export const numberLocalesOf = (code: string) => NUMBER_LOCALES[code] ?? ['en-GB'];

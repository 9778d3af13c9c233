import type { EventDate } from '../../schemas/event-date';
import { toIsoDay } from '../../schemas/iso-date';
import { solarDate, solarPeriod } from './calendar';
import { EDITION_CODES, EDITIONS, editionOf, ORIGINAL, WORDS, type Edition, type EditionCode } from './editions';
import type { Words } from './words/en';

/** Everything an edition needs to speak: its words, its digits and its calendar. */
export interface Lang {
  edition: Edition;
  words: Words;
  /**
   * The locales Intl formats numbers with, best first (see Edition).
   */
  numberLocales: string[];
  /** A number as the edition writes it. */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A calendar day: "7 February 2022", or "۱۸ دلو ۱۴۰۰ (۷ فبروری ۲۰۲۲)" in the Solar Hijri calendar. */
  day: (date: Date) => string;
  /**
   * An event's date as readers see it: the words the text uses, and in a Solar edition the Solar
   * span a dated event falls in before them: "قوس–جدی ۱۴۰۰ (اوایل دسمبر ۲۰۲۱)".
   */
  eventDate: (date: Pick<EventDate, 'iso'>, words: string) => string;
  /** The analysis's period as the timeline heads it. */
  period: (period: { from: string; to: string; label: string }) => string;
  /** Where the edition's pages live: "" for the original, "/fa" for Dari. */
  prefix: string;
}

const ENGLISH_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const langs = new Map<string, Lang>();

/** The Lang of an edition by its code ("en", "fa", "ps"). */
export function langFor(code: string): Lang {
  let lang = langs.get(code);
  if (lang) return lang;
  const edition = editionOf(code);
  if (!edition) throw new Error(`no edition "${code}"; the editions are ${EDITION_CODES.join(', ')}`);
  const solar = edition.calendar === 'solar-hijri' ? edition.code : undefined;
  const numberLocales = [...edition.numberLocales];
  const numbers = new Intl.NumberFormat(numberLocales);
  lang = {
    edition,
    words: WORDS[edition.code as EditionCode],
    numberLocales,
    number: (value, options) => (options ? new Intl.NumberFormat(numberLocales, options) : numbers).format(value),
    day: (date) => {
      if (!solar) return ENGLISH_DAY.format(date);
      const day = solarDate(toIsoDay(date), solar)!;
      return `${day.solar} (${day.gregorian})`;
    },
    eventDate: (date, words) => {
      const span = solar && date.iso ? solarDate(date.iso, solar) : undefined;
      return span ? `${span.solar} (${words})` : words;
    },
    period: (period) => {
      const span = solar ? solarPeriod(period.from, period.to, solar) : undefined;
      return span ? `${span.solar} (${span.gregorian})` : period.label;
    },
    prefix: edition.code === ORIGINAL.code ? '' : `/${edition.code}`,
  };
  langs.set(code, lang);
  return lang;
}

/** Every edition's Lang, the original first. */
export const allLangs = () => EDITIONS.map((edition) => langFor(edition.code));

/** The `[...lang]` route parameter of an edition: none for the original, "fa" for Dari. */
export const langParam = (lang: Lang) => lang.prefix.slice(1) || undefined;

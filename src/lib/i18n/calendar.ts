import { editionOf, type Edition } from './editions';

/** The code of an edition that dates events in the Solar Hijri calendar, as Afghanistan uses it ("fa"). */
export type SolarLang = string;

/** An edition that dates in the Solar Hijri calendar, from the registry. */
function solarEdition(lang: SolarLang): Edition {
  const edition = editionOf(lang);
  if (edition?.calendar !== 'solar-hijri')
    throw new Error(
      `no edition "${lang}" dates in the Solar Hijri calendar; its entry in src/lib/i18n/editions.ts gives its calendar`,
    );
  return edition;
}

type Calendar = 'persian' | 'gregory';
interface DayParts {
  day: string;
  month: string;
  year: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Day, month name and year of a UTC day in a calendar, with the edition's digits and month
 * names, from Intl but for the names the edition's papers write otherwise (its `monthNames`).
 * The era (ICU's Pashto pattern prints "AP", which no Pashto newspaper does) and the pattern's
 * own particles are left out: the caller orders the parts.
 */
function dayParts(date: Date, lang: SolarLang, calendar: Calendar): DayParts {
  const edition = solarEdition(lang);
  const key = `${lang}-${calendar}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(`${edition.locale}-u-ca-${calendar}-nu-arabext`, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  const found = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  const month = found.month!;
  return { day: found.day!, month: edition.monthNames?.[month] ?? month, year: found.year! };
}

const utcDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** The first and last day of a Gregorian year, month or day given as YYYY, YYYY-MM or YYYY-MM-DD. */
function gregorianSpan(iso: string): [Date, Date] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (day !== undefined) return [utcDay(year, month!, day), utcDay(year, month!, day)];
  if (month !== undefined) return [utcDay(year, month, 1), utcDay(year, month + 1, 0)];
  return [utcDay(year, 1, 1), utcDay(year, 12, 31)];
}

/** "۱۱ جدی ۱۴۰۰" for a day; "جدی–دلو ۱۴۰۰" or "حوت ۱۴۰۰–حمل ۱۴۰۱" for a span of days. */
function solarText(first: DayParts, last: DayParts, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'day') return `${first.day} ${first.month} ${first.year}`;
  if (precision === 'year') return first.year === last.year ? first.year : `${first.year}–${last.year}`;
  if (first.year !== last.year) return `${first.month} ${first.year}–${last.month} ${last.year}`;
  return first.month === last.month ? `${first.month} ${first.year}` : `${first.month}–${last.month} ${first.year}`;
}

/** A dated event in an RTL edition: the Solar Hijri span it falls in, and the Gregorian date beside it. */
export interface SolarDate {
  solar: string;
  gregorian: string;
}

/**
 * Dates an event given as YYYY, YYYY-MM or YYYY-MM-DD in the Solar Hijri calendar used in
 * Afghanistan, with the Gregorian date beside it. A month or a year becomes the honest span of
 * Solar months or years it covers (January 2022 is "جدی–دلو ۱۴۰۰"), never an invented day.
 * Undefined for a century or decade ("18XX"), which keeps its words only.
 */
export function solarDate(iso: string, lang: SolarLang): SolarDate | undefined {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso)) return undefined;
  const precision = iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
  const [start, end] = gregorianSpan(iso);
  const solar = solarText(dayParts(start, lang, 'persian'), dayParts(end, lang, 'persian'), precision);
  const g = dayParts(start, lang, 'gregory');
  const gregorian =
    precision === 'day' ? `${g.day} ${g.month} ${g.year}` : precision === 'month' ? `${g.month} ${g.year}` : g.year;
  return { solar, gregorian };
}

/**
 * A stretch of time from one partial date to another ("2021-12" to "2022-02") as the Solar months
 * or years it spans, with the Gregorian words beside it: "قوس–حوت ۱۴۰۰" and "دسمبر ۲۰۲۱ – فبروری ۲۰۲۲".
 */
export function solarPeriod(from: string, to: string, lang: SolarLang): SolarDate | undefined {
  const [first, last] = [solarDate(from, lang), solarDate(to, lang)];
  if (!first || !last) return undefined;
  const precision =
    from.length === 10 && to.length === 10 ? 'day' : from.length === 4 && to.length === 4 ? 'year' : 'month';
  const [start, end] = [gregorianSpan(from)[0], gregorianSpan(to)[1]];
  const solar =
    precision === 'day'
      ? `${first.solar} – ${last.solar}`
      : solarText(dayParts(start, lang, 'persian'), dayParts(end, lang, 'persian'), precision);
  return { solar, gregorian: `${first.gregorian} – ${last.gregorian}` };
}

/** A number in the edition's digits (Eastern Arabic-Indic for Dari and Pashto), from Intl. */
export const localNumber = (value: number, lang: SolarLang, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(`${solarEdition(lang).locale}-u-nu-arabext`, options).format(value);

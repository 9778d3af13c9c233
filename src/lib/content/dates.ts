const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// ISO 8601-2 (EDTF) unspecified digits: "18XX" is some year of the 1800s, "189X" of the 1890s.
const UNSPECIFIED_YEAR = /^\d{2}(?:\dX|XX)$/;

/**
 * True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar month and day, or for a year
 * with unspecified last digits (`18XX`, `189X`) when the source gives only a century or decade.
 */
export function isPartialIsoDate(value: string): boolean {
  if (UNSPECIFIED_YEAR.test(value)) return true;
  const match = PARTIAL_ISO.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  const d = Number(day);
  return d >= 1 && d <= daysInMonth;
}

/**
 * Sort key for a partial date: a coarser date sorts before the finer dates it contains
 * ("2022-01" before "2022-01-15", "189X" before "1893"), which matches how a timeline reads.
 */
export function compareIsoDates(a: string, b: string): number {
  const key = (iso: string) => iso.replace(/X/g, '0');
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : a.length - b.length;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "7 February 2022": the same on every machine, whatever its locale and time zone. */
export function formatLongDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** "2022-02-07", for `<time datetime>`. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

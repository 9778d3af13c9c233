const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar month and day. */
export function isPartialIsoDate(value: string): boolean {
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
 * ("2022-01" before "2022-01-15"), which matches how a timeline reads.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

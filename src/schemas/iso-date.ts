/**
 * What the schemas accept as a date, and how a day is written out. Schemas check dates when
 * content loads, before anything in lib runs, so these live beside them and lib imports them.
 */

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

/** "2022-02-07", for `<time datetime>` and for messages that name a day. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

import { describe, expect, test } from 'vitest';
import { isPartialIsoDate, toIsoDay } from '../../src/schemas/iso-date';

describe('isPartialIsoDate', () => {
  test('a year, a month or a day of the calendar is a date', () => {
    expect(['2022', '2022-02', '2024-02-29', '18XX', '189X'].every(isPartialIsoDate)).toBe(true);
  });

  test('a month or day the calendar does not have is not', () => {
    expect(['2022-13', '2023-02-29', '2022-00', '1XXX', '22-01'].some(isPartialIsoDate)).toBe(false);
  });
});

describe('toIsoDay', () => {
  test('writes a date as its day in UTC, whatever the time of day', () => {
    expect(toIsoDay(new Date('2022-02-07T23:30:00Z'))).toBe('2022-02-07');
  });
});

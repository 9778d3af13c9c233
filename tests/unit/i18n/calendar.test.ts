import { describe, expect, test } from 'vitest';
import { localNumber, solarDate } from '../../../src/lib/i18n/calendar';

describe('Solar Hijri dates as Afghanistan uses them', () => {
  test('known days convert, with the Gregorian day beside them', () => {
    expect(solarDate('2022-01-01', 'fa')).toEqual({ solar: '۱۱ جدی ۱۴۰۰', gregorian: '۱ جنوری ۲۰۲۲' });
    expect(solarDate('2022-03-21', 'fa')?.solar).toBe('۱ حمل ۱۴۰۱');
    expect(solarDate('2021-08-15', 'fa')?.solar).toBe('۲۴ اسد ۱۴۰۰');
    expect(solarDate('2022-02-07', 'fa')?.solar).toBe('۱۸ دلو ۱۴۰۰');
  });

  test('Pashto takes its own month names, day first, and no era marker', () => {
    expect(solarDate('2022-01-01', 'ps')).toEqual({ solar: '۱۱ مرغومی ۱۴۰۰', gregorian: '۱ جنوري ۲۰۲۲' });
    expect(solarDate('2022-01-01', 'ps')?.solar).not.toMatch(/AP|[A-Z]/);
  });

  test('a month is the span of Solar months it covers, never an invented day', () => {
    expect(solarDate('2022-01', 'fa')).toEqual({ solar: 'جدی–دلو ۱۴۰۰', gregorian: 'جنوری ۲۰۲۲' });
    expect(solarDate('2021-08', 'ps')?.solar).toBe('زمری–وږی ۱۴۰۰');
    expect(solarDate('2022-03', 'fa')?.solar).toBe('حوت ۱۴۰۰–حمل ۱۴۰۱');
  });

  test('a year spans two Solar years; a century or decade keeps its words only', () => {
    expect(solarDate('2022', 'fa')).toEqual({ solar: '۱۴۰۰–۱۴۰۱', gregorian: '۲۰۲۲' });
    expect(solarDate('18XX', 'fa')).toBeUndefined();
    expect(solarDate('189X', 'ps')).toBeUndefined();
  });

  test('numbers are written in Eastern Arabic-Indic digits', () => {
    expect(localNumber(1893, 'fa', { useGrouping: false })).toBe('۱۸۹۳');
    expect(localNumber(2350, 'ps')).toBe('۲٬۳۵۰');
  });
});

import { describe, expect, test } from 'vitest';
import { localNumber, solarDate, solarPeriod } from '../../../src/lib/i18n/calendar';

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

  test('Dari writes Sonbola as Afghan papers do, without the hamza of ezafe ICU gives it', () => {
    expect(solarDate('2022-09-01', 'fa')?.solar).toBe('۱۰ سنبله ۱۴۰۱');
    expect(solarDate('2022-09', 'fa')?.solar).toBe('سنبله–میزان ۱۴۰۱');
  });

  test('Pashto writes Gemini and Cancer with its own «ګ», not the Persian gaf ICU gives them', () => {
    expect(solarDate('2022-06-01', 'ps')?.solar).toBe('۱۱ غبرګولی ۱۴۰۱');
    expect(solarDate('2022-07-01', 'ps')?.solar).toBe('۱۰ چنګاښ ۱۴۰۱');
  });

  test('no month name in a Dari or Pashto date carries a hamza of ezafe, nor a Pashto one the Persian gaf', () => {
    for (const lang of ['fa', 'ps']) {
      for (let month = 1; month <= 12; month++) {
        const { solar, gregorian } = solarDate(`2022-${String(month).padStart(2, '0')}`, lang)!;
        expect(`${solar} ${gregorian}`, `${lang}, month ${month}`).not.toMatch(/\u0654/);
        if (lang === 'ps') expect(`${solar} ${gregorian}`, `ps, month ${month}`).not.toMatch(/\u06AF/);
      }
    }
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

  test('only a whole year, month or day is dated, and only in an edition that keeps the Solar calendar', () => {
    expect(solarDate('x2022', 'fa')).toBeUndefined();
    expect(solarDate('2022-01-011', 'fa')).toBeUndefined();
    expect(() => solarDate('2022', 'en')).toThrow(
      'no edition "en" dates in the Solar Hijri calendar; its entry in src/lib/i18n/editions.ts gives its calendar',
    );
    expect(() => solarDate('2022', 'de')).toThrow('no edition "de" dates in the Solar Hijri calendar');
  });

  test('numbers are written in Eastern Arabic-Indic digits', () => {
    expect(localNumber(1893, 'fa', { useGrouping: false })).toBe('۱۸۹۳');
    expect(localNumber(2350, 'ps')).toBe('۲٬۳۵۰');
  });
});

describe('a period from one date to another, in Solar Hijri', () => {
  test('months: from the first Solar month of its start to the last of its end', () => {
    expect(solarPeriod('2021-12', '2022-02', 'fa')).toEqual({
      solar: 'قوس–حوت ۱۴۰۰',
      gregorian: 'دسمبر ۲۰۲۱ – فبروری ۲۰۲۲',
    });
  });

  test('days: each end its own day', () => {
    expect(solarPeriod('2022-01-01', '2022-01-11', 'fa')?.solar).toBe('۱۱ جدی ۱۴۰۰ – ۲۱ جدی ۱۴۰۰');
  });

  test('years: the Solar years the two Gregorian years span', () => {
    expect(solarPeriod('2021', '2022', 'ps')).toEqual({ solar: '۱۳۹۹–۱۴۰۱', gregorian: '۲۰۲۱ – ۲۰۲۲' });
  });

  test('ends of different precision are dated by the months they span, never a day more precise', () => {
    expect(solarPeriod('2021', '2022-02', 'fa')?.solar).toBe('جدی ۱۳۹۹–حوت ۱۴۰۰');
    expect(solarPeriod('2022-01-01', '2022-02', 'fa')?.solar).toBe('جدی–حوت ۱۴۰۰');
  });

  test('a period with an end given only as a decade keeps its words', () => {
    expect(solarPeriod('189X', '2022', 'fa')).toBeUndefined();
    expect(solarPeriod('2021', '18XX', 'fa')).toBeUndefined();
  });
});

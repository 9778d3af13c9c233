import { describe, expect, test } from 'vitest';
import { latinRuns } from '../../../src/lib/i18n/latin-runs';

describe('latinRuns', () => {
  test('a Dari sentence’s Latin names are marked English, and nothing else is', () => {
    expect(latinRuns('داده‌های نقشه: Natural Earth (مالکیت عمومی) در تصویر Albers.', 'rtl')).toEqual([
      { text: 'داده‌های نقشه: ' },
      { text: 'Natural Earth', lang: 'en' },
      { text: ' (مالکیت عمومی) در تصویر ' },
      { text: 'Albers', lang: 'en' },
      { text: '.' },
    ]);
    expect(latinRuns('رویدادها به شکل GeoJSON', 'rtl').at(-1)).toEqual({ text: 'GeoJSON', lang: 'en' });
  });

  test('a sentence with no Latin name, or in a left-to-right edition, is one run', () => {
    expect(latinRuns('پېښې په نقشه کې', 'rtl')).toEqual([{ text: 'پېښې په نقشه کې' }]);
    expect(latinRuns('events as CSV', 'ltr')).toEqual([{ text: 'events as CSV' }]);
  });
});

import { describe, expect, test } from 'vitest';
import { alternatesOf } from '../../../src/lib/i18n/alternates';
import { langFor, langParam } from '../../../src/lib/i18n/lang';
import { editionCountryName } from '../../../src/lib/geo/country-names';
import { stepIndex } from '../../../src/lib/sync/keyboard';
import { fill } from '../../../src/lib/i18n/sync-words';
import { en } from '../../../src/lib/i18n/words/en';
import { fa } from '../../../src/lib/i18n/words/fa';
import { ps } from '../../../src/lib/i18n/words/ps';

/** The three editions' Langs, made in the first test that asks (docs/tests.md: mutation testing). */
const editions = () =>
  ['en', 'fa', 'ps'].map(langFor) as [
    ReturnType<typeof langFor>,
    ReturnType<typeof langFor>,
    ReturnType<typeof langFor>,
  ];
const day = new Date(Date.UTC(2022, 1, 7));

describe('each edition dates and counts in its own way', () => {
  test('a day: English as written in Britain; Dari and Pashto in the Solar Hijri calendar, the Gregorian beside it', () => {
    const [english, dari, pashto] = editions();
    expect(english.day(day)).toBe('7 February 2022');
    expect(dari.day(day)).toBe('۱۸ دلو ۱۴۰۰ (۷ فبروری ۲۰۲۲)');
    expect(pashto.day(day)).toBe('۱۸ سلواغه ۱۴۰۰ (۷ فبروري ۲۰۲۲)');
  });

  test('an event dated to a month gets the Solar span it falls in; an undated one keeps its words', () => {
    const [english, dari] = editions();
    expect(dari.eventDate({ iso: '2021-12' }, 'اوایل دسمبر ۲۰۲۱')).toBe('قوس–جدی ۱۴۰۰ (اوایل دسمبر ۲۰۲۱)');
    expect(dari.eventDate({}, 'به‌تازگی')).toBe('به‌تازگی');
    expect(dari.eventDate({ iso: '18XX' }, 'اواخر قرن نوزدهم')).toBe('اواخر قرن نوزدهم');
    expect(english.eventDate({ iso: '2021-12' }, 'early December 2021')).toBe('early December 2021');
  });

  test('a period spans the Solar months from its first to its last', () => {
    const [english, dari] = editions();
    const period = { from: '2021-12', to: '2022-02', label: 'December 2021 – February 2022' };
    expect(english.period(period)).toBe(period.label);
    expect(dari.period(period)).toBe('قوس–حوت ۱۴۰۰ (دسمبر ۲۰۲۱ – فبروری ۲۰۲۲)');
  });

  test('an edition is known by its code, at its own address; an unknown code is refused with the list', () => {
    const [english, dari] = editions();
    expect([english.prefix, dari.prefix]).toEqual(['', '/fa']);
    expect([langParam(english), langParam(dari)]).toEqual([undefined, 'fa']);
    expect(() => langFor('de')).toThrow('no edition "de"; the editions are en, fa, ps');
  });

  test('numbers in the edition’s digits', () => {
    const [english, dari, pashto] = editions();
    expect(english.number(2950)).toBe('2,950');
    expect(dari.number(2950)).toBe('۲٬۹۵۰');
    expect(pashto.number(15)).toBe('۱۵');
  });
});

describe('the map names countries in the edition’s language, by the same policy', () => {
  test('CLDR names in Dari and Pashto; the English policy decides what is named', () => {
    expect(editionCountryName('Afghanistan', 'AFG', 'fa-AF')).toBe('افغانستان');
    expect(editionCountryName('Norway', 'NOR', 'ps-AF')).toBe('ناروۍ');
    expect(editionCountryName('Dem. Rep. Congo', 'COD', 'en')).toBe('DR Congo');
    expect(editionCountryName('Somaliland', undefined, 'fa-AF')).toBeUndefined();
  });

  test('the edition’s own name for a country, the one its text uses, comes before CLDR’s', () => {
    const own = new Map([['NOR', 'ناروې']]);
    expect(editionCountryName('Norway', 'NOR', 'ps-AF', own)).toBe('ناروې');
    expect(editionCountryName('Iran', 'IRN', 'ps-AF', own)).toBe('ايران');
    expect(editionCountryName('Norway', 'NOR', 'en', own)).toBe('Norway');
  });
});

describe('a place’s name on the map is short in every edition', () => {
  test('a province is named without the word, a place without its country', () => {
    expect(en.map.placeCore('Kunar Province')).toBe('Kunar');
    expect(fa.map.placeCore('ولایت کنر')).toBe('کنر');
    expect(ps.map.placeCore('کونړ ولایت')).toBe('کونړ');
    expect(fa.map.placeCore('چابهار، ایران')).toBe('چابهار');
    expect(ps.map.placeCore('ډیورنډ کرښه (د افغانستان او پاکستان پوله)')).toBe('ډیورنډ کرښه');
  });
});

describe('every edition’s dictionary', () => {
  const keys = (words: object, path = ''): string[] =>
    Object.entries(words).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? keys(value, `${path}${key}.`)
        : [`${path}${key}`],
    );

  test('has every key of the English, and each template the same slots', () => {
    for (const words of [fa, ps]) {
      expect(keys(words)).toEqual(keys(en));
      for (const [key, template] of Object.entries(en.sync)) {
        const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(slots(words.sync[key as keyof typeof en.sync]), key).toEqual(slots(template));
      }
      expect(words.map.compass).toHaveLength(8);
    }
  });

  test('fills a template’s slots and leaves unknown ones as they are', () => {
    expect(fill(fa.sync.showing, { shown: '۹', total: '۲۳' })).toContain('۹');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('the arrow keys follow the reading direction', () => {
  test('in a right-to-left edition the left arrow steps forward in time and the right arrow back', () => {
    expect(stepIndex(2, 'ArrowLeft', 5, 'rtl')).toBe(3);
    expect(stepIndex(2, 'ArrowRight', 5, 'rtl')).toBe(1);
    expect(stepIndex(2, 'ArrowDown', 5, 'rtl')).toBe(3);
    expect(stepIndex(2, 'ArrowRight', 5, 'ltr')).toBe(3);
  });
});

describe('a page’s editions', () => {
  test('each at its own address, the original first, named in its own language', () => {
    expect(alternatesOf('/analyses/x/', ['en', 'ps'])).toEqual([
      { code: 'en', hreflang: 'en', locale: 'en-GB', name: 'English', path: '/analyses/x/' },
      { code: 'ps', hreflang: 'ps-AF', locale: 'ps-AF', name: 'پښتو', path: '/ps/analyses/x/' },
    ]);
  });
});

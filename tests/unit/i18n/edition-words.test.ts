import { describe, expect, test } from 'vitest';
import { WORDS } from '../../../src/lib/i18n/editions';

/**
 * Every string a dictionary can say, with the key that says it: its strings and templates, and
 * what its phrases say when called with a count of one and with words (each takes whichever its
 * parameters can use; a call that cannot is left out).
 */
function everyString(words: unknown, key = ''): [string, string][] {
  if (typeof words === 'string') return [[key, words]];
  if (typeof words === 'function') {
    const said: [string, string][] = [];
    for (const argument of [1, '«…»']) {
      try {
        const text: unknown = words(...Array.from({ length: words.length }, () => argument));
        if (typeof text === 'string') said.push([key, text]);
      } catch {
        // A phrase that needs words, called with a number.
      }
    }
    return said;
  }
  if (words && typeof words === 'object')
    return Object.entries(words).flatMap(([name, value]) => everyString(value, key ? `${key}.${name}` : name));
  return [];
}

type Translation = 'fa' | 'ps';

/** The keys whose strings contain `pattern`. */
const saying = (code: Translation, pattern: RegExp) => [
  ...new Set(
    everyString(WORDS[code])
      .filter(([, text]) => pattern.test(text))
      .map(([key]) => key),
  ),
];

/**
 * The one word each translated edition says for a thing, and the others a back-translation found
 * beside it. The article says the same (content/editions/).
 */
// Pashto writes no madda on a borrowed word's first alif (امریکا، اروپا، اسیا), so offline is «افلاین».
const SETTLED: Record<Translation, { thing: string; word: string; not: RegExp[] }[]> = {
  fa: [
    { thing: 'the site', word: 'بوردرلاینز', not: [/borderlines/i] },
    { thing: 'a link', word: 'پیوند', not: [/لینک/] },
    { thing: 'diplomacy', word: 'دیپلماسی', not: [/دیپلوماسی/] },
    { thing: 'embedding: putting the map on a site', word: 'در سایت شما', not: [/جاسازی/] },
  ],
  ps: [
    { thing: 'the site', word: 'بوردرلاینز', not: [/borderlines/i] },
    { thing: 'a link', word: 'لینک', not: [/پیوند/] },
    { thing: 'offline', word: 'افلاین', not: [/آفلاین/] },
    { thing: 'embedding: putting the map on a site', word: 'په خپل سایټ کې', not: [/ځای پر ځای/] },
  ],
};

describe.each(['fa', 'ps'] as const)('the %s edition’s words', (code) => {
  test.each(SETTLED[code])('say $thing one way: $word', ({ word, not }) => {
    expect(saying(code, new RegExp(word)), `no key says «${word}»`).not.toEqual([]);
    for (const other of not) expect(saying(code, other), `keys saying ${other}`).toEqual([]);
  });
});

describe('the Dari edition’s words', () => {
  test('are written in Persian letters: no Arabic yeh or kaf', () => {
    expect(saying('fa', /[\u064A\u0643]/)).toEqual([]);
  });

  test('never write the hamza of ezafe, as Afghan papers do not', () => {
    expect(saying('fa', /\u0654/)).toEqual([]);
  });
});

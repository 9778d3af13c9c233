import { describe, expect, test } from 'vitest';
import { readGlossary } from '../../../src/lib/check/check-glossary';
import { formatProblem } from '../../../src/lib/content/errors';

// The glossary (content/glossary.json) as the content check reads it: a term that names a country
// gives the map its name in each edition, so a broken one stops the build with a line that says
// which term, which field, what was found and what to write.

const PATH = 'content/glossary.json';
const file = (terms: unknown[]) => ({ path: PATH, bytes: new TextEncoder().encode(JSON.stringify({ terms })) });
const RUSSIA = { id: 'russia', en: ['Russia'], fa: 'روسیه', ps: 'روسیې', country: 'RUS', direct: { ps: 'روسیه' } };
const lines = (terms: unknown[]) => readGlossary(file(terms)).problems?.map(formatProblem);

describe('readGlossary', () => {
  test('reads a country’s code and its direct form beside the edition’s words', () => {
    expect(readGlossary(file([RUSSIA])).value?.terms).toEqual([RUSSIA]);
  });

  test('a site without a glossary has no terms', () => {
    expect(readGlossary(undefined).value).toEqual({ terms: [] });
  });

  test('a country code that is no ISO alpha-3 code is named with the fix', () => {
    expect(lines([{ ...RUSSIA, country: 'Russia' }])).toEqual([
      `${PATH}: term "russia" country: found "Russia"; use an ISO 3166-1 alpha-3 code in capitals, such as "AFG"`,
    ]);
    expect(lines([{ ...RUSSIA, country: 'RUX' }])).toEqual([
      `${PATH}: term "russia" country: found "RUX"; no country has this ISO 3166-1 alpha-3 code: check it, e.g. "ARE"`,
    ]);
  });

  test('a direct form is refused on a term that is no country, and where it repeats the edition’s word', () => {
    const { country: _, ...notACountry } = RUSSIA;
    expect(lines([notACountry])).toEqual([
      `${PATH}: term "russia" direct: found {"ps":"روسیه"}; only a country gives its direct form, for its map label: add its "country" code, or remove "direct"`,
    ]);
    expect(lines([{ ...RUSSIA, direct: { fa: 'روسیه' } }])).toEqual([
      `${PATH}: term "russia" direct.fa: found "روسیه"; the same as "fa": remove it; the map writes "fa" where no direct form is given`,
    ]);
  });

  test('two terms for one country, or one id twice, are refused: a country has one name per edition', () => {
    const moscow = { ...RUSSIA, id: 'moscow', en: ['Moscow'], fa: 'مسکو', ps: 'مسکو', direct: undefined };
    expect(lines([RUSSIA, moscow, RUSSIA])).toEqual([
      `${PATH}: term "moscow" country: found "RUS"; term "russia" names this country already: a country has one name per edition, so keep one`,
      `${PATH}: term "russia" id: found "russia"; another term has this id: merge the two, or rename one`,
      `${PATH}: term "russia" country: found "RUS"; term "russia" names this country already: a country has one name per edition, so keep one`,
    ]);
  });

  test('a misspelt field, or an edition’s word left out, is named by the term’s id', () => {
    const { ps: _, ...noPashto } = RUSSIA;
    expect(lines([{ ...noPashto, contry: 'RUS' }])).toEqual([
      `${PATH}: term "russia" ps: found nothing; this field is required: give it a string`,
      `${PATH}: term "russia" contry: found "RUS"; this field is not one the site reads; did you mean "country"?`,
    ]);
  });

  test('a river or lake the map’s data does not hold is refused, with the name it most likely meant', () => {
    const helmand = { id: 'helmand-river', en: ['Helmand'], fa: 'دریای هلمند', ps: 'هلمند سیند', water: 'Helmand' };
    expect(lines([helmand])).toBeUndefined();
    expect(lines([{ ...helmand, water: 'Helmend' }])).toEqual([
      `${PATH}: term "helmand-river" water: found "Helmend"; no river or lake in data/geo/water.json has this name: did you mean "Helmand"?`,
    ]);
    expect(lines([helmand, { ...helmand, id: 'helmand-again' }])).toEqual([
      `${PATH}: term "helmand-again" water: found "Helmand"; term "helmand-river" names this river or lake already: it has one name per edition, so keep one`,
    ]);
    expect(lines([{ ...helmand, country: 'AFG' }])).toEqual([
      `${PATH}: term "helmand-river" water: found "Helmand"; a term names a country or a river or lake, not both: keep one of "country" and "water"`,
    ]);
  });
});

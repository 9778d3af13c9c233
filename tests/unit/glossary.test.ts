import { readFileSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, test } from 'vitest';
import { GLOSSARY_FILE } from '../../src/lib/content/paths';
import { passageTexts } from '../../src/lib/content/editions/passage-text';
import { actorRegistry } from '../../src/lib/actors/registry';
import { TRANSLATIONS } from '../../src/lib/i18n/editions';
import { readGlossary } from '../../src/lib/check/check-glossary';
import { ContentError } from '../../src/lib/content/errors';
import { alpha3Of, countryFeatures, worldAtlas } from '../../src/lib/geo/atlas';
import { readerName } from '../../src/lib/geo/country-names';
import { fitFrame } from '../../src/lib/geo/frame';
import { countriesByCode, regionCollection } from '../../src/lib/geo/region';
import { regionWater } from '../../src/lib/geo/water-select';

// The glossary fixes how each edition writes every name, acronym and recurring term. Wherever
// the English passage or event uses a term, the same passage or event of each edition must use
// the glossary's word for it, so that a reader meets one spelling throughout.
const checked = readGlossary({ path: GLOSSARY_FILE, bytes: readFileSync(GLOSSARY_FILE) });
if (checked.problems) throw new ContentError(checked.problems);
const glossary = checked.value;
const SLUG = 'taliban-iran-pakistan-2022';
const read = (path: string) => readFileSync(path, 'utf8');

/** Every unit of text that has a counterpart in each edition: headline, standfirst, byline, section titles, passages and corrections, and events, by id. */
function units(english: boolean, code?: string): Map<string, string> {
  const mdx = read(english ? `content/analyses/${SLUG}.mdx` : `content/editions/${code}/${SLUG}.mdx`);
  const front = parseFrontmatter(mdx).frontmatter as Record<string, string> & { corrections: Record<string, string>[] };
  const heads = (['title', 'dek', 'byline'] as const).map((field) => [field, front[field]!] as const);
  const sections = [...mdx.matchAll(/<Section id="([^"]+)"[^>]*title="([^"]*)"/g)].map(
    ([, id, title]) => [`section ${id}`, title!] as const,
  );
  const corrections = front.corrections.map((c, i) => [`correction ${i}`, `${c.wrong} ${c.right}`] as const);
  const passages = passageTexts(mdx).map((p) => [`passage ${p.id}`, p.inner] as const);
  const events = english
    ? (JSON.parse(read(`data/events/${SLUG}.json`)).events as Record<string, unknown>[]).map(
        (e) =>
          [
            `event ${e.id as string}`,
            JSON.stringify([e.title, e.attribution, (e.place as { name?: string } | null)?.name]),
          ] as const,
      )
    : Object.entries(JSON.parse(read(`data/editions/${code}/${SLUG}.json`)).events as Record<string, object>).map(
        ([id, words]) => [`event ${id}`, JSON.stringify(words)] as const,
      );
  return new Map([...heads, ...sections, ...corrections, ...passages, ...events]);
}

const original = units(true);

describe.each(TRANSLATIONS.map((edition) => edition.code))('the %s edition follows the glossary', (code) => {
  const edition = units(false, code);
  test.each(glossary.terms.map((term) => [term.id, term] as const))('%s', (_, term) => {
    const word = term[code];
    const uses = [...original].filter(([, text]) => term.en.some((en) => text.includes(en)));
    // A river's or lake's term is for the maps, which name it; the text need not.
    if (term.water === undefined)
      expect(uses.length, `no English text uses ${term.en.join(' / ')}: drop the term`).toBeGreaterThan(0);
    const missing = uses.filter(([unit]) => !edition.get(unit)?.includes(word)).map(([unit]) => unit);
    expect(missing, `these do not write ${term.id} as ${word}`).toEqual([]);
  });
});

// An actor's page and the filters name it as the registry does; where the glossary has the actor,
// the two must agree, or the page would spell a name one way and the analysis another.
test('every actor of the registry that the glossary knows is named as the glossary names it', () => {
  const actors = actorRegistry('.');
  const shared = glossary.terms.filter((term) => actors.has(term.id));
  expect(shared.map((term) => term.id)).toEqual(expect.arrayContaining(['afghanistan', 'iran', 'pakistan']));
  for (const term of shared) {
    const { names } = actors.get(term.id)!;
    expect({ id: term.id, en: names.en, fa: names.fa, ps: names.ps }).toEqual({
      id: term.id,
      en: term.en[0],
      fa: term.fa,
      ps: term.ps,
    });
  }
});

// A term that names a country gives the maps their name for it: a term for a country that lacks its
// code would leave the map to CLDR's spelling, and a code on the wrong term would rename a country.
test('every term that names a country gives its ISO code, and only a country’s own name gives one', () => {
  const codeOf = new Map(
    countryFeatures(worldAtlas().countries).map((country) => [readerName(country.properties.name), alpha3Of(country)]),
  );
  const countries = glossary.terms.filter((term) => term.en.some((en) => codeOf.get(en)));
  expect(countries.map((term) => term.id)).toEqual(expect.arrayContaining(['iran', 'uae', 'norway', 'russia']));
  expect(glossary.terms.map((term) => [term.id, term.country])).toEqual(
    glossary.terms.map((term) => [term.id, term.en.map((en) => codeOf.get(en)).find(Boolean)]),
  );
});

// A river or lake the map draws is named in every edition by its term, or left unnamed in Dari and
// Pashto; a term for water no map draws names nothing.
test('every river and lake the first analysis’s map draws has its term, and every such term is drawn', () => {
  const { countries, water } = worldAtlas();
  const region = regionCollection(countriesByCode(countries), ['AFG', 'IRN', 'PAK']);
  const drawn = regionWater(water, fitFrame(region), region.features).flatMap((w) => w.name ?? []);
  expect(drawn).toEqual(expect.arrayContaining(['Helmand', 'Harirud', 'Indus']));
  expect(glossary.terms.flatMap((term) => term.water ?? []).sort()).toEqual([...drawn].sort());
});

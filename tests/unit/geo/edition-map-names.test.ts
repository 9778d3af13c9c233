import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteActors, siteRelations } from '../../../src/lib/actors/site-actors';
import { buildAtlasMap } from '../../../src/lib/atlas/atlas-map';
import { buildCollectionMap } from '../../../src/lib/atlas/collection-map';
import { GLOSSARY_FILE } from '../../../src/lib/content/paths';
import { alpha3Of, countryFeatures, worldAtlas } from '../../../src/lib/geo/atlas';
import { readerName } from '../../../src/lib/geo/country-names';
import type { MapModel } from '../../../src/lib/geo/map-model';
import { langFor } from '../../../src/lib/i18n/lang';
import { buildAnalysisMapModel } from '../../../src/lib/share/analysis-map-model';
import type { Glossary } from '../../../src/schemas/glossary';
import { english, translated } from '../share/edition-cards';

// The Dari and Pashto text writes a place as the glossary does. Every name a map of the edition
// draws (the article's map and its cards, the atlas, the actors' and relations' maps) is held to
// the same word, found by the English name the English map gives the place: a name taken from
// anywhere else (CLDR's «ايران» with an Arabic yeh, «امارات متحدهٔ عربی») would have the map say
// one thing and the text under it another.
const { terms } = JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as Glossary;

/** The glossary's word for the place the English calls `englishName`, standing alone as a label does. */
const glossaryWord = (englishName: string | undefined, code: 'fa' | 'ps') => {
  const term = englishName ? terms.find((t) => t.en.includes(englishName)) : undefined;
  return term && (term.direct?.[code] ?? term[code]);
};

/** Every country's English map name, by ISO alpha-3. */
const englishNames = new Map(
  countryFeatures(worldAtlas().countries).map((country) => [alpha3Of(country), readerName(country.properties.name)]),
);

/** Every map an edition draws of the first analysis, by what it is. */
function editionMaps(code: 'fa' | 'ps'): [string, MapModel][] {
  const analysis = translated(code);
  const analyses = [analysis];
  const lang = langFor(code);
  const relations = siteRelations(analyses, code);
  const collections = [
    ...siteActors(analyses, code, relations).map((actor) => ({
      key: `actor-${actor.actor.id}`,
      coverage: actor,
      countries: actor.actor.country ? [actor.actor.country] : [],
    })),
    ...relations.map((relation) => ({
      key: `relation-${relation.id}`,
      coverage: relation,
      countries: relation.actors.flatMap((actor) => (actor.country ? [actor.country] : [])),
    })),
  ];
  return [
    ['the article', buildAnalysisMapModel(analysis)],
    ['the atlas', buildAtlasMap(analyses, lang)!],
    ...collections.map(
      ({ key, coverage, countries }) =>
        [
          key,
          buildCollectionMap({ key, lang, analyses, events: coverage.events, borders: coverage.borders, countries })!,
        ] as [string, MapModel],
    ),
  ];
}

/** Each country a map names, and each label and card label naming one, that differs from the glossary. */
function countryNamesOffGlossary(map: string, model: MapModel, code: 'fa' | 'ps'): string[] {
  const shapes = model.countries.map((country) => ({ what: 'shape', id: country.code, name: country.name }));
  const labels = [...model.labels, ...model.cardLabels].map((label) => ({
    what: 'label',
    id: /^(?:country|neighbour)-([A-Z]{3})$/.exec(label.id)?.[1],
    name: label.text,
  }));
  return [...shapes, ...labels].flatMap(({ what, id, name }) => {
    const word = id && name ? glossaryWord(englishNames.get(id), code) : undefined;
    return word && word !== name ? [`${map}: ${what} ${id} «${name}», the glossary «${word}»`] : [];
  });
}

describe.each(['fa', 'ps'] as const)('the %s edition', (code) => {
  const maps = editionMaps(code);

  test('every map names each country the glossary knows by the glossary’s word, never by CLDR’s', () => {
    const named = maps.flatMap(([, model]) =>
      model.countries.filter((country) => glossaryWord(englishNames.get(country.code ?? ''), code)),
    );
    expect(named.length).toBeGreaterThan(3);
    expect(maps.flatMap(([map, model]) => countryNamesOffGlossary(map, model, code))).toEqual([]);
  });

  test('every map names a river or lake only by the glossary’s word for it, never by Natural Earth’s', () => {
    const named = maps.flatMap(([map, model]) =>
      model.labels.flatMap((label) => {
        const water = /^water-(?:river|lake|playa)-(.+)$/.exec(label.id)?.[1];
        return water ? [{ map, text: label.text, word: terms.find((term) => term.water === water)?.[code] }] : [];
      }),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(({ text, word }) => text !== word)).toEqual([]);
  });

  test('every map names each capital by the glossary’s word', () => {
    const capitals = english.map.capitals.map((capital) => glossaryWord(capital.name, code));
    expect(capitals.every(Boolean)).toBe(true);
    for (const [map, model] of maps) {
      const drawn = model.capitals.map((capital) => capital.name);
      expect(drawn.length, map).toBeGreaterThan(0);
      expect(
        drawn.filter((name) => !capitals.includes(name)),
        map,
      ).toEqual([]);
    }
  });
});

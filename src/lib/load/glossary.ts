import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Glossary, Term } from '../../schemas/glossary';
import { readGlossary } from '../check/check-glossary';
import { ContentError } from '../content/errors';
import { contentRoot, GLOSSARY_FILE } from '../content/paths';
import type { CountryNames } from '../geo/country-names';
import type { WaterNames } from '../geo/water-names';
import { ORIGINAL, TRANSLATIONS, type TranslationCode } from '../i18n/editions';

const loaded = new Map<string, Glossary>();

/**
 * The glossary (`content/glossary.json`), read once per content root; a site without one has no
 * terms. The content check has refused a broken glossary before any page is built.
 */
export function siteGlossary(root = contentRoot()): Glossary {
  let glossary = loaded.get(root);
  if (!glossary) {
    const path = join(root, GLOSSARY_FILE);
    const read = readGlossary(existsSync(path) ? { path, bytes: readFileSync(path) } : undefined);
    if (read.problems) throw new ContentError(read.problems);
    glossary = read.value;
    loaded.set(root, glossary);
  }
  return glossary;
}

/**
 * What an edition makes of the glossary, worked out once per content root and edition: `make` is
 * given the glossary and the edition's code among the translations (undefined for the original).
 */
function oncePerEdition<T>(
  store: Map<string, T>,
  code: string,
  root: string,
  make: (glossary: Glossary, edition: TranslationCode | undefined) => T,
): T {
  const key = `${root}\0${code}`;
  let value = store.get(key);
  if (value === undefined) {
    const edition = TRANSLATIONS.find((translation) => translation.code === code)?.code;
    store.set(key, (value = make(siteGlossary(root), edition)));
  }
  return value;
}

const namesOf = new Map<string, CountryNames>();

/**
 * An edition's own names of countries, by ISO alpha-3: the glossary's word for each country it
 * knows, standing alone (its direct form where it gives one), as the edition's text writes it. The
 * original has none: its map keeps the naming policy's English names (country-names.ts).
 */
export function editionCountryNames(code: string, root = contentRoot()): CountryNames {
  return oncePerEdition(namesOf, code, root, (glossary, edition) => {
    const terms = edition ? glossary.terms.filter((term) => term.country) : [];
    return new Map(terms.map((term) => [term.country!, term.direct?.[edition!] ?? term[edition!]]));
  });
}

const waterOf = new Map<string, WaterNames>();

/**
 * How an edition names rivers and lakes on its maps: the glossary's word for each it knows, by
 * Natural Earth's name (the original's word is the term's first English spelling). Only the
 * original takes Natural Earth's name for the others (see water-names.ts).
 */
export function editionWaterNames(code: string, root = contentRoot()): WaterNames {
  return oncePerEdition(waterOf, code, root, (glossary, edition) => {
    const terms = glossary.terms.filter((term) => term.water);
    const word = (term: Term) => (edition ? term[edition] : term.en[0]!);
    return { own: new Map(terms.map((term) => [term.water!, word(term)])), naturalEarth: code === ORIGINAL.code };
  });
}

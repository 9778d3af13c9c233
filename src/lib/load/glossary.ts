import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Glossary } from '../../schemas/glossary';
import { readGlossary } from '../check/check-glossary';
import { ContentError } from '../content/errors';
import { contentRoot, GLOSSARY_FILE } from '../content/paths';
import type { CountryNames } from '../geo/country-names';
import { TRANSLATIONS } from '../i18n/editions';

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

const namesOf = new Map<string, CountryNames>();

/**
 * An edition's own names of countries, by ISO alpha-3: the glossary's word for each country it
 * knows, standing alone (its direct form where it gives one), as the edition's text writes it. The
 * original has none: its map keeps the naming policy's English names (country-names.ts).
 */
export function editionCountryNames(code: string, root = contentRoot()): CountryNames {
  const key = `${root}\0${code}`;
  let names = namesOf.get(key);
  if (!names) {
    const edition = TRANSLATIONS.find((translation) => translation.code === code)?.code;
    const terms = edition ? siteGlossary(root).terms.filter((term) => term.country) : [];
    names = new Map(terms.map((term) => [term.country!, term.direct?.[edition!] ?? term[edition!]]));
    namesOf.set(key, names);
  }
  return names;
}

import countries from 'i18n-iso-countries';
import { GlossarySchema, TermSchema, type Glossary } from '../../schemas/glossary';
import type { ContentProblem } from '../content/errors';
import { readWater, waterNames } from '../geo/water';
import { TRANSLATIONS } from '../i18n/editions';
import { closest } from './closest';
import { decodeUtf8, parseJson, type Read, type SourceFile } from './read-sources';
import { schemaProblems } from './schema-problems';

const TERM_FIELDS = [...Object.keys(TermSchema.shape), ...TRANSLATIONS.map((edition) => edition.code)];

/** `term "uae" country` for `terms[22].country`: a term as an editor finds it in the file, by its id. */
function byTermId(glossary: unknown, field: string): string {
  const index = /^terms\[(\d+)\]\.?/.exec(field);
  if (!index) return field;
  const id = (glossary as { terms?: { id?: unknown }[] }).terms?.[Number(index[1])]?.id;
  const rest = field.slice(index[0].length);
  const term = typeof id === 'string' && id !== '' ? `term ${JSON.stringify(id)}` : index[0].replace(/\.$/, '');
  return rest ? `${term} ${rest}` : term;
}

/** A river or lake no map could find: the fix names Natural Earth's nearest spelling, if one is near. */
function unknownWater(name: string, waters: ReadonlySet<string>): string {
  const near = closest(name, [...waters]);
  const hint = near ? `did you mean "${near}"?` : 'write it as Natural Earth does, e.g. "Helmand"';
  return `no river or lake in data/geo/water.json has this name: ${hint}`;
}

/**
 * What no one term can say wrong by itself: ids and countries given twice, a code no country has,
 * a river or lake the map's data does not hold (`waters`, its names).
 */
function termProblems(path: string, glossary: Glossary, waters: ReadonlySet<string>): ContentProblem[] {
  const problem = (id: string, field: string, value: unknown, fix: string): ContentProblem => ({
    file: path,
    field: `term ${JSON.stringify(id)} ${field}`.trimEnd(),
    value,
    fix,
  });
  return glossary.terms.flatMap((term, index) => {
    const before = glossary.terms.slice(0, index);
    const twice = before.find((other) => other.id === term.id);
    const sameCountry = term.country && before.find((other) => other.country === term.country);
    const sameWater = term.water && before.find((other) => other.water === term.water);
    return [
      ...(term.water && !waters.has(term.water)
        ? [problem(term.id, 'water', term.water, unknownWater(term.water, waters))]
        : []),
      ...(sameWater
        ? [
            problem(
              term.id,
              'water',
              term.water,
              `term "${sameWater.id}" names this river or lake already: it has one name per edition, so keep one`,
            ),
          ]
        : []),
      ...(twice ? [problem(term.id, 'id', term.id, 'another term has this id: merge the two, or rename one')] : []),
      ...(term.country && !countries.alpha3ToAlpha2(term.country)
        ? [
            problem(
              term.id,
              'country',
              term.country,
              'no country has this ISO 3166-1 alpha-3 code: check it, e.g. "ARE"',
            ),
          ]
        : []),
      ...(sameCountry
        ? [
            problem(
              term.id,
              'country',
              term.country,
              `term "${sameCountry.id}" names this country already: a country has one name per edition, so keep one`,
            ),
          ]
        : []),
    ];
  });
}

/**
 * The glossary read and checked, or the problems with it, one line each. A site without a
 * glossary has no terms: its translated maps name countries as CLDR does, and no river or lake.
 * `waters` is every name of a river or lake the maps can draw (data/geo/water.json).
 */
export function readGlossary(
  file: SourceFile | undefined,
  waters: ReadonlySet<string> = waterNames(readWater()),
): Read<Glossary> {
  if (!file) return { value: { terms: [] } };
  const text = decodeUtf8(file);
  if (text.problems) return text;
  const json = parseJson(file.path, text.value);
  if (json.problems) return json;
  const parsed = GlossarySchema.safeParse(json.value);
  if (!parsed.success) {
    const problems = schemaProblems(parsed.error.issues, json.value, file.path, TERM_FIELDS);
    return { problems: problems.map((problem) => ({ ...problem, field: byTermId(json.value, problem.field) })) };
  }
  const problems = termProblems(file.path, parsed.data, waters);
  return problems.length > 0 ? { problems } : { value: parsed.data };
}

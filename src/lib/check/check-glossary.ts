import countries from 'i18n-iso-countries';
import { GlossarySchema, TermSchema, type Glossary } from '../../schemas/glossary';
import type { ContentProblem } from '../content/errors';
import { TRANSLATIONS } from '../i18n/editions';
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

/** What no one term can say wrong by itself: ids and countries given twice, a code no country has. */
function termProblems(path: string, glossary: Glossary): ContentProblem[] {
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
    return [
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
 * glossary has no terms: its translated maps name countries as CLDR does.
 */
export function readGlossary(file: SourceFile | undefined): Read<Glossary> {
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
  const problems = termProblems(file.path, parsed.data);
  return problems.length > 0 ? { problems } : { value: parsed.data };
}

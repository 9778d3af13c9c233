import {
  EditionFrontmatterSchema,
  EditionTextSchema,
  type EditionFrontmatter,
  type EditionText,
} from '../../../schemas/edition';
import type { CheckedAnalysis } from '../check-content';
import { KNOWN_EDITION_FIELDS } from '../known-fields';
import { decodeUtf8, parseJson, parseMdx, type Read, type SourceFile } from '../read-sources';
import { schemaProblems } from '../schema-problems';
import { ContentError, type ContentProblem } from '../../content/errors';
import { checkText, type StalePassage } from './edition-text';
import { checkWords } from './edition-words';

export type { StalePassage } from './edition-text';

/** One edition of one analysis, checked against the original. */
export interface CheckedEdition {
  code: string;
  frontmatter: EditionFrontmatter;
  body: string;
  /** Its words for the events and the map. */
  words: EditionText;
  stale: StalePassage[];
}

type Files = { mdx: SourceFile; json: SourceFile };

/**
 * Checks one translated edition of an analysis against the original: every section, passage,
 * `<Place>`, event, capital and border the original has, and nothing it lacks, each problem
 * naming the edition's file and the id. Passages whose original changed since they were
 * translated are listed as stale, not refused: the edition tells its readers instead.
 */
export function checkEdition(code: string, files: Files, english: CheckedAnalysis): Read<CheckedEdition> {
  const text = decodeUtf8(files.mdx);
  const json = decodeUtf8(files.json);
  const mdx = text.value === undefined ? text : parseMdx(files.mdx.path, text.value);
  const data = json.value === undefined ? json : parseJson(files.json.path, json.value);
  const problems = [...(mdx.problems ?? []), ...(data.problems ?? [])];
  if (!mdx.value || data.value === undefined) return { problems };
  const frontmatter = EditionFrontmatterSchema.safeParse(mdx.value.frontmatter);
  problems.push(...checkWords(files.json.path, data.value, english));
  if (!frontmatter.success) {
    problems.push(
      ...schemaProblems(frontmatter.error.issues, mdx.value.frontmatter, files.mdx.path, KNOWN_EDITION_FIELDS),
    );
    return { problems };
  }
  try {
    const checked = checkText(code, files.mdx.path, mdx.value.body, frontmatter.data, english);
    problems.push(...checked.problems);
    if (problems.length > 0) return { problems };
    const words = EditionTextSchema.parse(data.value);
    return { value: { code, frontmatter: frontmatter.data, body: mdx.value.body, words, stale: checked.stale } };
  } catch (error) {
    if (error instanceof ContentError) return { problems: [...problems, ...error.problems] };
    throw error;
  }
}

/** A stale passage as one line for the editor: where, which version, and what to do. */
export const staleProblem = (stale: StalePassage, code: string, slug: string): ContentProblem => ({
  file: stale.file,
  at: stale.at,
  field: `<Passage id="${stale.passage}"> translates`,
  value: stale.translates,
  fix: `the original passage has changed since (it is now "${stale.current}"); update the translation, then run npm run translated -- ${code} ${slug} ${stale.passage}`,
});

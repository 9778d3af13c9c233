import { EditionFrontmatterSchema, EditionTextSchema, type EditionFrontmatter } from '../../../schemas/edition';
import type { CheckedAnalysis } from '../check/check-content';
import { KNOWN_EDITION_FIELDS } from '../check/known-fields';
import { decodeUtf8, parseJson, parseMdx, type Read, type SourceFile } from '../check/read-sources';
import { schemaProblems } from '../check/schema-problems';
import { ContentError, type ContentProblem } from '../errors';
import { readOutline } from '../passages';
import { passageTexts, passageVersion } from './passage-text';

/** A translated passage whose original has changed since it was translated. */
export interface StalePassage {
  file: string;
  passage: string;
  at: { line: number; column: number };
  /** The version it translates, and the original's version now. */
  translates: string;
  current: string;
}

/** One edition of one analysis, checked against the original. */
export interface CheckedEdition {
  code: string;
  frontmatter: EditionFrontmatter;
  body: string;
  stale: StalePassage[];
}

type Files = { mdx: SourceFile; json: SourceFile };

/** Each id the original has that the edition lacks, and each the edition has that the original lacks. */
function compareIds(
  original: readonly string[],
  edition: readonly string[],
  problem: (id: string, missing: boolean) => ContentProblem,
): ContentProblem[] {
  return [
    ...original.filter((id) => !edition.includes(id)).map((id) => problem(id, true)),
    ...edition.filter((id) => !original.includes(id)).map((id) => problem(id, false)),
  ];
}

/** The edition's MDX against the original's: the same sections, passages and places, each passage versioned. */
function checkText(
  code: string,
  path: string,
  body: string,
  frontmatter: EditionFrontmatter,
  english: CheckedAnalysis,
) {
  const problems: ContentProblem[] = [];
  const outline = readOutline(body, path);
  const tag = (kind: string, id: string) => `<${kind} id="${id}">`;
  const lacks = (kind: string) => (id: string, missing: boolean) => ({
    file: path,
    field: tag(kind, id),
    value: missing ? undefined : id,
    fix: missing
      ? `${english.files.analysis} has this ${kind.toLowerCase()}; translate it here, in the same place`
      : `${english.files.analysis} has no ${kind.toLowerCase()} with this id; every id must be the original's`,
  });
  problems.push(
    ...compareIds(
      english.outline.sections.map((s) => s.id),
      outline.sections.map((s) => s.id),
      lacks('Section'),
    ),
  );
  problems.push(
    ...compareIds(
      english.outline.passages.map((p) => p.id),
      outline.passages.map((p) => p.id),
      lacks('Passage'),
    ),
  );
  const originals = new Map(passageTexts(english.body).map((passage) => [passage.id, passage]));
  const stale: StalePassage[] = [];
  for (const passage of passageTexts(body)) {
    const original = originals.get(passage.id);
    if (!original) continue;
    const current = passageVersion(original.inner);
    const where = `${tag('Passage', passage.id)} <Place to>`;
    const missing = original.places.filter((to) => !passage.places.includes(to));
    const extra = passage.places.filter((to) => !original.places.includes(to));
    for (const to of missing) {
      problems.push({
        file: path,
        at: passage.at,
        field: where,
        value: undefined,
        fix: `the original links <Place to="${to}"> in this passage; link the same place here`,
      });
    }
    for (const to of extra) {
      problems.push({
        file: path,
        at: passage.at,
        field: where,
        value: to,
        fix: 'the original has no such <Place> in this passage; link only what it links',
      });
    }
    if (passage.translates === undefined) {
      problems.push({
        file: path,
        at: passage.at,
        field: `${tag('Passage', passage.id)} translates`,
        value: undefined,
        fix: `say which version of the original this translates: translates="${current}" (npm run translated -- ${code} ${english.slug} ${passage.id})`,
      });
    } else if (passage.translates !== current) {
      stale.push({ file: path, passage: passage.id, at: passage.at, translates: passage.translates, current });
    }
  }
  if (frontmatter.corrections.length !== english.analysis.corrections.length) {
    problems.push({
      file: path,
      field: 'corrections',
      value: frontmatter.corrections.length,
      fix: `the original has ${english.analysis.corrections.length} corrections; translate each one's wrong and right, in the same order`,
    });
  }
  return { problems, stale };
}

/** The edition's words for the events and map against the original's: every event, capital and border, no more. */
function checkWords(path: string, json: unknown, english: CheckedAnalysis): ContentProblem[] {
  const parsed = EditionTextSchema.safeParse(json);
  if (!parsed.success) return schemaProblems(parsed.error.issues, json, path, KNOWN_EDITION_FIELDS);
  const words = parsed.data;
  const problems: ContentProblem[] = [];
  const lacks = (field: string) => (id: string, missing: boolean) => ({
    file: path,
    field: `${field} ${JSON.stringify(id)}`,
    value: missing ? undefined : id,
    fix: missing
      ? `${english.files.events} has it; translate it here`
      : `${english.files.events} has no such entry; remove it`,
  });
  problems.push(
    ...compareIds(
      english.events.map((e) => e.id),
      Object.keys(words.events),
      lacks('event'),
    ),
  );
  problems.push(
    ...compareIds(
      english.map.capitals.map((c) => c.name),
      Object.keys(words.map.capitals),
      lacks('map.capitals'),
    ),
  );
  problems.push(
    ...compareIds(
      english.map.borders.map((b) => b.id),
      Object.keys(words.map.borders),
      lacks('map.borders'),
    ),
  );
  for (const event of english.events) {
    const text = words.events[event.id];
    if (!text) continue;
    for (const [field, has] of [
      ['place', event.place !== null],
      ['attribution', event.attribution !== undefined],
    ] as const) {
      if (has !== (text[field] !== undefined)) {
        problems.push({
          file: path,
          field: `event ${JSON.stringify(event.id)} ${field}`,
          value: text[field],
          fix: has
            ? `the original event has a ${field}; translate it`
            : `the original event has no ${field}; remove it`,
        });
      }
    }
  }
  for (const border of english.map.borders) {
    const text = words.map.borders[border.id];
    if (text && (border.note === undefined) !== (text.note === undefined)) {
      problems.push({
        file: path,
        field: `map.borders ${JSON.stringify(border.id)} note`,
        value: text.note,
        fix: border.note
          ? 'the original border has a note; translate it'
          : 'the original border has no note; remove it',
      });
    }
  }
  return problems;
}

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
    return { value: { code, frontmatter: frontmatter.data, body: mdx.value.body, stale: checked.stale } };
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

import { ARTICLE_PARTS } from '../../../schemas/analysis';
import type { EditionFrontmatter } from '../../../schemas/edition';
import type { CheckedAnalysis } from '../check-content';
import type { ContentProblem } from '../../content/errors';
import { readOutline } from '../../content/passages';
import { compareIds } from './compare-ids';
import { passageTexts, passageVersion } from '../../content/editions/passage-text';

/** A translated passage whose original has changed since it was translated. */
export interface StalePassage {
  file: string;
  passage: string;
  at: { line: number; column: number };
  /** The version it translates, and the original's version now. */
  translates: string;
  current: string;
}

/** The edition's MDX against the original's: the same sections, passages and places, each passage versioned. */
export function checkText(
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
  problems.push(...ownEntryProblems(path, frontmatter, english));
  return { problems, stale };
}

/** The edition's own log entries: each names a passage, section or part of the original, and its events. */
function ownEntryProblems(path: string, frontmatter: EditionFrontmatter, english: CheckedAnalysis): ContentProblem[] {
  const places = [...english.outline.passages.map((p) => p.id), ...english.outline.sections.map((s) => s.id)];
  const events = english.events.map((event) => event.id);
  const published = english.analysis.published;
  return frontmatter.ownEntries.flatMap((entry, index) => [
    ...(places.includes(entry.passage) || (ARTICLE_PARTS as readonly string[]).includes(entry.passage)
      ? []
      : [
          {
            file: path,
            field: `ownEntries[${index}].passage`,
            value: entry.passage,
            fix: `no passage or section of the original has this id; name a passage or section id, or ${ARTICLE_PARTS.join(', ')}`,
          },
        ]),
    ...(entry.events ?? [])
      .filter((id) => !events.includes(id))
      .map((id) => ({
        file: path,
        field: `ownEntries[${index}].events`,
        value: id,
        fix: `the original has no event with this id; name its events: ${events.join(', ')}`,
      })),
    ...(entry.date < published
      ? [
          {
            file: path,
            field: `ownEntries[${index}].date`,
            value: entry.date,
            fix: 'that is before the analysis was published; an entry is dated the day the change is made',
          },
        ]
      : []),
  ]);
}

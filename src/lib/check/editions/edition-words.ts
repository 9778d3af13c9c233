import { EditionTextSchema } from '../../../schemas/edition';
import type { CheckedAnalysis } from '../check-content';
import { KNOWN_EDITION_FIELDS } from '../known-fields';
import { schemaProblems } from '../schema-problems';
import type { ContentProblem } from '../../content/errors';
import { compareIds } from './compare-ids';

/** The edition's words for the events and map against the original's: every event, capital and border, no more. */
export function checkWords(path: string, json: unknown, english: CheckedAnalysis): ContentProblem[] {
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
            ? `the original event has ${field === 'place' ? 'a place' : 'an attribution'}; translate it`
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

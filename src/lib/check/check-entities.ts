import { basename } from 'node:path';
import { EntityRecordSchema, type Actor } from '../../schemas/entity-record';
import type { ContentProblem } from '../content/errors';
import { ENTITIES_FOLDER } from '../content/paths';
import { codesInWords, EDITION_CODES } from '../i18n/editions';
import { closest } from './closest';
import type { CheckedAnalysis } from './check-content';
import { decodeUtf8, parseJson, type SourceFile } from './read-sources';
import { schemaProblems } from './schema-problems';

const RECORD_FIELDS = [...Object.keys(EntityRecordSchema.shape), ...EDITION_CODES];

/** One registry file read and checked: the actor, or the problems with its file. */
function readActor(file: SourceFile): { actor?: Actor; problems: ContentProblem[] } {
  const id = basename(file.path, '.json');
  if (!file.path.endsWith('.json') || !/^[a-z][a-z0-9-]*$/.test(id)) {
    const fix = 'an actor file is named <id>.json, the id in lowercase words joined by hyphens, e.g. iran.json';
    return { problems: [{ file: file.path, field: 'file name', value: basename(file.path), fix }] };
  }
  const text = decodeUtf8(file);
  if (text.problems) return { problems: text.problems };
  const json = parseJson(file.path, text.value);
  if (json.problems) return { problems: json.problems };
  const parsed = EntityRecordSchema.safeParse(json.value);
  if (!parsed.success) return { problems: schemaProblems(parsed.error.issues, json.value, file.path, RECORD_FIELDS) };
  return { actor: { id, ...parsed.data }, problems: [] };
}

/** The registry's actors, the problems with its files, and the ids of the files that have problems. */
export function readRegistry(files: SourceFile[]): { actors: Actor[]; problems: ContentProblem[]; broken: string[] } {
  const read = files.map((file) => ({ id: basename(file.path, '.json'), ...readActor(file) }));
  return {
    actors: read.flatMap(({ actor }) => (actor ? [actor] : [])),
    problems: read.flatMap(({ problems }) => problems),
    // An analysis naming an actor whose file is broken is told nothing more: the file's own line says it.
    broken: read.filter(({ actor }) => !actor).map(({ id }) => id),
  };
}

/** The line and column of a frontmatter field in an analysis's text, for the editor to find it. */
function fieldAt(text: string, field: string) {
  const line = text.split('\n').findIndex((row) => row.startsWith(`${field}:`));
  return line < 0 ? undefined : { line: line + 1, column: 1 };
}

/**
 * Every actor an analysis declares is in the registry, and every border its map draws joins two
 * registered states: the actor and relation pages are built from these, in every edition.
 */
export function checkActorsOfAnalyses(
  { actors, broken }: { actors: Actor[]; broken: string[] },
  checked: CheckedAnalysis[],
  texts: Map<string, string>,
): ContentProblem[] {
  const ids = actors.map((actor) => actor.id);
  const named = [...ids, ...broken];
  const states = new Map(actors.flatMap((actor) => (actor.country ? [[actor.country, actor.id] as const] : [])));
  return checked.flatMap(({ analysis, files, map }) => {
    const at = fieldAt(texts.get(files.analysis) ?? '', 'entities');
    const undeclared = analysis.entities
      .filter((entity) => !named.includes(entity))
      .map((entity): ContentProblem => {
        const near = closest(entity, ids);
        return {
          file: files.analysis,
          at,
          field: 'entities',
          value: entity,
          fix: `${near ? `did you mean "${near}"? ` : ''}every actor has a file in ${ENTITIES_FOLDER}/: add ${ENTITIES_FOLDER}/${entity}.json with its kind and its names in ${codesInWords()}`,
        };
      });
    // While a registry file is broken, the states it would add are unknown: its own line comes first.
    const unregistered = (broken.length > 0 ? [] : map.borders).flatMap((border) =>
      border.id
        .split('-')
        .filter((code) => !states.has(code))
        .map((code): ContentProblem => ({
          file: files.events,
          field: `map.borders "${border.id}"`,
          value: code,
          fix: `a border joins two states of the registry; add a file to ${ENTITIES_FOLDER}/ with "kind": "state" and "country": "${code}"`,
        })),
    );
    return [...undeclared, ...unregistered];
  });
}

import type { z } from 'astro/zod';
import { eventField, type ContentProblem } from '../content/errors';
import { closest } from './closest';

type Issue = z.core.$ZodIssue;
/** A problem, and for a misspelt field the field it most likely meant. */
type Found = ContentProblem & { meant?: string };
type Path = readonly PropertyKey[];

/** The value at `path` in what the editor wrote. */
function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** `corrections[0].date`, or `event "kunar-clash" date.iso` for a path inside an event. */
export function fieldName(data: unknown, path: Path): string {
  // A key as typed when it is a plain name, quoted when it holds spaces, quotes or line breaks.
  const dotted = (keys: Path) =>
    keys
      .map((key, i) =>
        typeof key === 'number' || !/^[A-Za-z_][\w-]*$/.test(String(key))
          ? `[${JSON.stringify(typeof key === 'symbol' ? String(key) : key)}]`
          : `${i > 0 ? '.' : ''}${String(key)}`,
      )
      .join('');
  if (path[0] === 'events' && typeof path[1] === 'number') {
    const event = valueAt(data, path.slice(0, 2));
    return eventField((event ?? {}) as { id?: unknown }, path[1], dotted(path.slice(2)));
  }
  return dotted(path) || 'the file';
}

/** Our schemas' messages start "got <value>; " where they name the value; the line says it once. */
const withoutFound = (message: string) => message.replace(/^.*?\bgot .+?; /, '');

/** "a string", "an object": a type as the fix names it. */
const aType = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/** The fields that say what kind of place an event has: a point, a border or a country. */
const PLACE_KINDS = ['coordinates', 'border', 'country'];
const KNOWN_PLACE_FIELDS = ['name', 'offMap', ...PLACE_KINDS];
const keysOf = (value: unknown) => (value !== null && typeof value === 'object' ? Object.keys(value) : []);

/** Whether a union's alternatives are the kinds of place, told apart by the fields above. */
const isPlaceUnion = (alternatives: Issue[][]) =>
  alternatives.some((issues) =>
    issues.some((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.some((key) => PLACE_KINDS.includes(key))
        : PLACE_KINDS.includes(String(i.path[0])),
    ),
  );

/** Of a union's alternatives, the one the editor meant: it has the input's telling key, or the fewest issues. */
function meantAlternative(alternatives: Issue[][], input: unknown): Issue[] {
  const telling = alternatives.find((issues) =>
    keysOf(input).some(
      (key) => PLACE_KINDS.includes(key) && !issues.some((i) => i.code === 'unrecognized_keys' && i.keys.includes(key)),
    ),
  );
  return telling ?? alternatives.reduce((a, b) => (b.length < a.length ? b : a));
}

function issueProblems(issue: Issue, data: unknown, file: string, base: Path, known: readonly string[]): Found[] {
  const path = [...base, ...issue.path];
  const value = valueAt(data, path);
  const at = (fix: string, where: Path = path, found: unknown = value): Found => ({
    file,
    field: fieldName(data, where),
    value: found,
    fix,
  });
  switch (issue.code) {
    case 'invalid_union': {
      if (issue.errors.length === 0) return [at(withoutFound(issue.message))];
      if (isPlaceUnion(issue.errors)) {
        const kinds = keysOf(value).filter((key) => PLACE_KINDS.includes(key));
        // A field the site does not read may be the kind misspelt: the alternative below says so.
        const unread = keysOf(value).filter((key) => !KNOWN_PLACE_FIELDS.includes(key));
        if (kinds.length === 0 && unread.length === 0) {
          return [
            at(
              'a place needs "coordinates": [longitude, latitude], "border" (e.g. "AFG-PAK") or "country" (e.g. "NOR")',
            ),
          ];
        }
        if (kinds.length > 1) {
          return [
            at(
              `a place is a point, a border or a country, not more than one: keep one of ${kinds.map((key) => `"${key}"`).join(', ')}`,
            ),
          ];
        }
      }
      return meantAlternative(issue.errors, value).flatMap((inner) => issueProblems(inner, data, file, path, known));
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const problem = at(
          `this field is not one the site reads; ${guess ? `did you mean "${guess}"?` : 'remove it'}`,
          [...path, key],
          valueAt(data, [...path, key]),
        );
        return guess ? { ...problem, meant: fieldName(data, [...path, guess]) } : problem;
      });
    case 'invalid_type':
      if (value === undefined) return [at(`this field is required: give it ${aType(issue.expected)}`)];
      if (issue.message.startsWith('Invalid input')) return [at(`expected ${aType(issue.expected)} here`)];
      return [at(withoutFound(issue.message))];
    case 'invalid_value':
      return [
        at(
          issue.message.startsWith('Invalid option')
            ? `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
            : withoutFound(issue.message),
        ),
      ];
    default:
      return [at(withoutFound(issue.message))];
  }
}

/**
 * Turns a schema's refusal into one problem per issue, each naming the field as an editor
 * finds it in the file (an event by its id) and the value found there.
 */
export function schemaProblems(
  issues: readonly Issue[],
  data: unknown,
  file: string,
  known: readonly string[],
): ContentProblem[] {
  const problems = issues.flatMap((issue) => issueProblems(issue, data, file, [], known));
  // A misspelt field also leaves the field it meant missing: "did you mean" says both at once.
  const meant = new Set(problems.flatMap((problem) => (problem.meant ? [problem.meant] : [])));
  return problems
    .filter((problem) => !(problem.value === undefined && meant.has(problem.field)))
    .map(({ meant: _, ...problem }) => problem);
}

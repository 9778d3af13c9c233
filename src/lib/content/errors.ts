/** Where a content problem is and how to mend it; rendered as one readable line. */
export interface ContentProblem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** Line and column in the file (1-based), when the problem has a place in its text. */
  at?: { line: number; column: number } | undefined;
  /** Where in the file, in the editor's words: `event "first-filling" date.iso`, `<Place to>`. */
  field: string;
  /** The value that was found; undefined when the field is missing. */
  value: unknown;
  /** What was expected and how to fix it. */
  fix: string;
}

/** The value found, as the editor wrote it, cut short when it is a whole list or object. */
function foundText(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 72)}…${text.slice(-1)}` : text;
}

/** `file[:line:column]: where: found …; fix`: the one line an editor reads for a problem. */
export function formatProblem({ file, at, field, value, fix }: ContentProblem): string {
  const position = at ? `:${at.line}:${at.column}` : '';
  return `${file}${position}: ${field}: found ${foundText(value)}; ${fix}`;
}

/**
 * Content errors stop the build; the message is one line per problem and nothing else, so the
 * stack is the message too (a content error is the editor's to fix, not a fault in the code).
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem | ContentProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = list;
    this.stack = this.message;
  }
}

/** Names an event by its id where it has one (`event "kunar-clash" date.iso`), else by position. */
export function eventField(event: { id?: unknown }, index: number, path = ''): string {
  const who =
    typeof event.id === 'string' && event.id !== '' ? `event ${JSON.stringify(event.id)}` : `events[${index}]`;
  return path ? `${who} ${path}` : who;
}

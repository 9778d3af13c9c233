/** Where a content problem is and how to mend it; rendered as one readable line. */
export interface ContentProblem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** The field, e.g. `events[3].passage` or `<Passage id>`. */
  field: string;
  /** The value that was found. */
  value: unknown;
  /** What was expected and how to fix it. */
  fix: string;
}

/** A content error that stops the build; its message names file, field, value and fix. */
export class ContentError extends Error {
  readonly problem: ContentProblem;

  constructor(problem: ContentProblem) {
    super(formatProblem(problem));
    this.name = 'ContentError';
    this.problem = problem;
  }
}

export function formatProblem({ file, field, value, fix }: ContentProblem): string {
  return `${file}: ${field} is ${JSON.stringify(value)}; ${fix}`;
}

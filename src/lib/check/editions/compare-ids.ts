import type { ContentProblem } from '../../content/errors';

/** Each id the original has that the edition lacks, and each the edition has that the original lacks. */
export function compareIds(
  original: readonly string[],
  edition: readonly string[],
  problem: (id: string, missing: boolean) => ContentProblem,
): ContentProblem[] {
  return [
    ...original.filter((id) => !edition.includes(id)).map((id) => problem(id, true)),
    ...edition.filter((id) => !original.includes(id)).map((id) => problem(id, false)),
  ];
}

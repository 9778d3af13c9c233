import type { Correction } from '../../schemas/analysis';

/** Each corrected passage's corrections, numbered as the corrections list at the article's end numbers them. */
export function correctionsByPassage(
  corrections: Correction[],
): Map<string, { correction: Correction; number: number }[]> {
  const byPassage = new Map<string, { correction: Correction; number: number }[]>();
  corrections.forEach((correction, index) => {
    byPassage.set(correction.passage, [
      ...(byPassage.get(correction.passage) ?? []),
      { correction, number: index + 1 },
    ]);
  });
  return byPassage;
}

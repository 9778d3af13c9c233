import { ENTRY_KINDS, type Correction, type EntryKind } from '../../schemas/analysis';
import type { Lang } from '../i18n/lang';

/**
 * The notes each passage or section carries, numbered as the log at the article's end numbers
 * its entries. Minor edits are listed in the log only, never noted on the text.
 */
export function correctionsByPassage(
  corrections: Correction[],
): Map<string, { correction: Correction; number: number }[]> {
  const byPassage = new Map<string, { correction: Correction; number: number }[]>();
  corrections.forEach((correction, index) => {
    if (correction.kind === 'minor') return;
    byPassage.set(correction.passage, [
      ...(byPassage.get(correction.passage) ?? []),
      { correction, number: index + 1 },
    ]);
  });
  return byPassage;
}

/** How many entries of each kind the log holds, in the order kinds are listed, leaving out kinds it has none of. */
export function countByKind(corrections: readonly Pick<Correction, 'kind'>[]): { kind: EntryKind; count: number }[] {
  return ENTRY_KINDS.map((kind) => ({ kind, count: corrections.filter((c) => c.kind === kind).length })).filter(
    ({ count }) => count > 0,
  );
}

/** The log counted by kind in the edition's words, e.g. ["20 corrections", "8 clarifications"]: for the header, the article's end and the feed. */
export const countedByKind = (corrections: readonly Pick<Correction, 'kind'>[], lang: Lang): string[] =>
  countByKind(corrections).map(({ kind, count }) => lang.words.corrections.count[kind](count, lang.number(count)));

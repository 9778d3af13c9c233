import { passageTexts, passageVersion } from './passage-text.ts';

/**
 * Where a translated passage stands against the original: it follows the original as it stands
 * (`current`), the original has changed since it was stamped (`behind`, what the content check
 * lists as stale), it carries no stamp yet (`unstamped`, which the check refuses), or the edition
 * lacks it (`untranslated`).
 */
export type Standing = 'current' | 'behind' | 'unstamped' | 'untranslated';

/** One passage of the original beside its translation, for a translator to compare. */
export interface PassagePair {
  id: string;
  /** The original passage's MDX, as the editor wrote it (the blank lines around it aside). */
  english: string;
  /** The edition's MDX of the same passage, likewise; undefined where the edition lacks it. */
  translation: string | undefined;
  /** The version of the original the translation says it follows (`translates="…"`). */
  translates: string | undefined;
  /** The original passage's version now. */
  version: string;
  standing: Standing;
}

/**
 * How a stamp compares with the original's version now. The same comparison as the content
 * check's (src/lib/check/editions/edition-text.ts), on the same versions (passageVersion), so a
 * passage is behind here exactly when the check calls it stale.
 */
export const standingOf = (translates: string | undefined, version: string): Exclude<Standing, 'untranslated'> =>
  translates === undefined ? 'unstamped' : translates === version ? 'current' : 'behind';

/**
 * Every passage of the original, in its order, beside the edition's passage of the same id.
 * Passages only the edition has are left out: they translate nothing, and the content check
 * already names them.
 */
export function pairPassages(original: string, edition: string): PassagePair[] {
  const translations = new Map<string, ReturnType<typeof passageTexts>[number]>();
  for (const passage of passageTexts(edition)) if (!translations.has(passage.id)) translations.set(passage.id, passage);
  return passageTexts(original).map((passage) => {
    const version = passageVersion(passage.inner);
    const translation = translations.get(passage.id);
    return {
      id: passage.id,
      english: passage.inner.trim(),
      translation: translation?.inner.trim(),
      translates: translation?.translates,
      version,
      standing: translation ? standingOf(translation.translates, version) : 'untranslated',
    };
  });
}

/** How many passages stand each way. */
export const countStandings = (pairs: readonly PassagePair[]): Record<Standing, number> => {
  const counts: Record<Standing, number> = { current: 0, behind: 0, unstamped: 0, untranslated: 0 };
  for (const pair of pairs) counts[pair.standing] += 1;
  return counts;
};

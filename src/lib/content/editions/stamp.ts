import { passageTexts, passageVersion } from './passage-text.ts';

// Relative imports name their `.ts`: scripts/translated.mjs reads this under Node.

/** An edition's MDX after stamping, and how many of its passages were stamped. */
export interface StampedEdition {
  text: string;
  stamped: number;
}

/** The version of each passage of the original, by id, in the original's order. */
export const originalVersions = (original: string): Map<string, string> =>
  new Map(passageTexts(original).map((passage) => [passage.id, passageVersion(passage.inner)]));

/** The ids among `only` that name no passage of the original, in the order given. */
export const unknownPassages = (original: string, only: readonly string[]): string[] => {
  const versions = originalVersions(original);
  return only.filter((id) => !versions.has(id));
};

/**
 * Records that the edition's passages (all of them, or those named in `only`) now translate the
 * original as it stands: each one's `translates="…"` becomes the original passage's version, put
 * last among its attributes. Nothing else in the file changes, so a translator's diff shows only
 * the stamps. Passages the original lacks are left as they are (the content check names them).
 */
export function stampEdition(original: string, edition: string, only: readonly string[] = []): StampedEdition {
  const versions = originalVersions(original);
  let stamped = 0;
  const text = edition.replace(/<Passage\b([^>]*)>/g, (tag, attributes: string) => {
    const id = /\bid\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    if (!id || !versions.has(id) || (only.length > 0 && !only.includes(id))) return tag;
    stamped += 1;
    const rest = attributes.replace(/\s*\btranslates\s*=\s*"[^"]*"/, '');
    return `<Passage${rest} translates="${versions.get(id)}">`;
  });
  return { text, stamped };
}

/**
 * How an edition names rivers and lakes: its own word for each, by Natural Earth's name (the
 * glossary's, see src/lib/load/glossary.ts), and whether one it has no word for takes Natural
 * Earth's name, as the original does. A translated edition leaves it unnamed instead: Natural
 * Earth's names are in the Latin alphabet, and a Latin name on a Dari or Pashto map reads as a slip.
 */
export interface WaterNames {
  own: ReadonlyMap<string, string>;
  naturalEarth: boolean;
}

/** The original's naming where the glossary names no river: Natural Earth's names throughout. */
export const NATURAL_EARTH_NAMES: WaterNames = { own: new Map(), naturalEarth: true };

/** A river's or lake's name on an edition's map, from its Natural Earth name; none where the edition has none. */
export function nameWater(name: string | undefined, names: WaterNames): string | undefined {
  if (name === undefined) return undefined;
  return names.own.get(name) ?? (names.naturalEarth ? name : undefined);
}

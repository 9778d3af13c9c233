import { createHash } from 'node:crypto';
import { positionsIn } from '../position.ts';

/** What a passage holds, for comparing an edition's passage with the original's. */
export interface PassageText {
  id: string;
  /** The MDX between the passage's tags. */
  inner: string;
  /** The `to` of every `<Place>` in it, in order. */
  places: string[];
  /** The version of the original this passage translates, where it says (`translates="…"`). */
  translates?: string | undefined;
  at: { line: number; column: number };
}

const PASSAGE = /<Passage\b([^>]*)>([\s\S]*?)<\/Passage>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

/** Every passage of an MDX body, in order, with what it holds. */
export function passageTexts(body: string): PassageText[] {
  const positionAt = positionsIn(body);
  return [...body.matchAll(PASSAGE)].map((match) => ({
    id: attribute(match[1]!, 'id') ?? '',
    inner: match[2]!,
    places: [...match[2]!.matchAll(/<Place\b[^>]*\bto\s*=\s*"([^"]*)"/g)].map((place) => place[1]!),
    translates: attribute(match[1]!, 'translates'),
    at: positionAt(match.index),
  }));
}

/**
 * The version of an original passage: a short hash of its words, blind to line breaks and
 * spacing, so that only a change of text makes its translations stale.
 */
export const passageVersion = (inner: string): string =>
  createHash('sha256').update(inner.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 8);

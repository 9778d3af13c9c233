import { decodeEntities } from '../html-entities';

/** A run of an excerpt's text, and whether it is a word the search matched. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpt ("… the <mark>water</mark> flowed …") as plain text in pieces, the matched
 * words marked: the panel writes each piece as text, so nothing in an excerpt is ever read as HTML.
 */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') marked = part === '<mark>';
    else if (part) pieces.push({ text: decodeEntities(part), marked });
  }
  return pieces;
}

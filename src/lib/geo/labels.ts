import { measureText, type TextWeight } from './font-metrics';

/** An axis-aligned box in map units: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** One place a label may go: its text anchor point (on the baseline) and alignment. */
export interface Candidate {
  x: number;
  y: number;
  anchor: TextAnchor;
}

/** A labelled point and how far its symbol reaches from it. */
export interface LeaderPoint {
  x: number;
  y: number;
  clearance: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  fontSize: number;
  /** Tried in order; the first that overlaps nothing wins. */
  candidates: Candidate[];
  /** A presentation class for the renderer, e.g. "country" or "place". */
  role: string;
  /** The face it is set in, which decides its width (bold for semibold too). */
  weight?: TextWeight;
  /**
   * The point a label names, with how far its symbol reaches: where no candidate is free, the
   * label may sit further out, tied to it by a line.
   */
  leader?: LeaderPoint;
}

export interface PlacedLabel extends Candidate {
  id: string;
  text: string;
  /** The text as drawn: one line, or two where one would not fit. */
  lines: string[];
  fontSize: number;
  role: string;
  box: Box;
  /** The line from the labelled symbol to a label that had to sit further out. */
  leader?: Leader;
}

/** The line from a labelled symbol to a label that had to sit further out: x1, y1, x2, y2. */
export type Leader = [number, number, number, number];

/** Room kept round a label's text, for its halo. */
export const GAP = 1.5;

/** From one baseline to the next in a label of two lines, as a share of the font size. */
export const LINE_HEIGHT = 1.15;

/**
 * The box a label's lines occupy when drawn at a candidate point (the first line's baseline),
 * with a small gap around them.
 */
export function textBox(
  lines: readonly string[],
  fontSize: number,
  { x, y, anchor }: Candidate,
  weight: TextWeight = 'regular',
): Box {
  const width = Math.max(...lines.map((line) => measureText(line, fontSize, weight)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const height = fontSize * (1 + LINE_HEIGHT * (lines.length - 1));
  return { x: left - GAP, y: y - fontSize * 0.8 - GAP, width: width + 2 * GAP, height: height + 2 * GAP };
}

/**
 * A long name set on two lines: before its parenthesis ("Lapland region" / "(approx.)"), else
 * at the space nearest its middle. A single word stays on one line.
 */
export function twoLines(text: string): [string, string] | undefined {
  const paren = text.indexOf(' (');
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index);
  const at =
    paren > 0 ? paren : spaces.sort((a, b) => Math.abs(a - text.length / 2) - Math.abs(b - text.length / 2))[0];
  return at === undefined ? undefined : [text.slice(0, at), text.slice(at + 1)];
}

export const boxesOverlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Sixteen positions around a point, nearest first, clear of a marker of radius `clearance`. */
export function around([x, y]: [number, number], clearance: number, fontSize: number): Candidate[] {
  // 4.5 units: the label's halo (1.5) and the marker's outline (0.75) stay apart.
  return [...ring([x, y], clearance + 4.5, fontSize), ...ring([x, y], clearance + 4.5 + fontSize, fontSize)];
}

/** How far out the corner positions sit, as a share of the distance: clear of a symbol's box, not only its circle. */
const DIAGONAL = 0.85;

/** Eight positions round a point at distance `d`: beside, above, below and at the corners. */
export function ring([x, y]: [number, number], d: number, fontSize: number): Candidate[] {
  const middle = y + fontSize * 0.35;
  return [
    { x: x + d, y: middle, anchor: 'start' },
    { x: x - d, y: middle, anchor: 'end' },
    { x, y: y - d, anchor: 'middle' },
    { x, y: y + d + fontSize * 0.8, anchor: 'middle' },
    { x: x + d * DIAGONAL, y: y - d * DIAGONAL, anchor: 'start' },
    { x: x + d * DIAGONAL, y: y + d * DIAGONAL + fontSize * 0.7, anchor: 'start' },
    { x: x - d * DIAGONAL, y: y - d * DIAGONAL, anchor: 'end' },
    { x: x - d * DIAGONAL, y: y + d * DIAGONAL + fontSize * 0.7, anchor: 'end' },
  ];
}

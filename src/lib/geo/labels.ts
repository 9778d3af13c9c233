import { measureText, type TextWeight } from './font-metrics';
import { findLeaderFit, leaderObstacles, type LeaderPoint } from './label-leaders';

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
  /** Room between characters, in ems, as the stylesheet sets it. */
  letterSpacing?: number;
  /**
   * The point a label names, with how far its symbol reaches: where no candidate is free, the
   * label may sit further out, tied to it by a line.
   */
  leader?: LeaderPoint;
}

export interface PlacedLabel extends Candidate {
  id: string;
  text: string;
  fontSize: number;
  role: string;
  box: Box;
  /** The line from the labelled symbol to a label that had to sit further out: x1, y1, x2, y2. */
  leader?: Leader;
}

/** Room kept round a label's text, for its halo. */
const GAP = 1.5;

/** The box a text occupies when drawn at a candidate point, with a small gap around it. */
export function textBox(
  text: string,
  fontSize: number,
  { x, y, anchor }: Candidate,
  weight: TextWeight = 'regular',
  letterSpacing = 0,
): Box {
  const width = measureText(text, fontSize, weight, letterSpacing);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left - GAP, y: y - fontSize * 0.8 - GAP, width: width + 2 * GAP, height: fontSize + 2 * GAP };
}

export const boxesOverlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (box: Box, width: number, height: number) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;

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

/** A label's spot and the box it takes there, with the leader that ties it to its point, if any. */
type Leader = [number, number, number, number];

interface Fit {
  candidate: Candidate;
  box: Box;
  leader?: Leader;
}

/**
 * Greedy placement: each label, in the order given, takes its first candidate that stays in
 * the frame and overlaps neither an obstacle nor a label already placed; failing that, a label
 * with a point takes a spot further out whose leader line crosses nothing either. A label with
 * no free spot is left out and reported, never drawn on top of something.
 */
export function placeLabels(
  requests: LabelRequest[],
  obstacles: Box[],
  frame: { width: number; height: number },
): { placed: PlacedLabel[]; unplaced: string[] } {
  const taken = [...obstacles];
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];
  const free = (box: Box) => inside(box, frame.width, frame.height) && !taken.some((other) => boxesOverlap(box, other));
  for (const request of requests) {
    const boxAt = (candidate: Candidate) =>
      textBox(request.text, request.fontSize, candidate, request.weight, request.letterSpacing);
    const near = request.candidates
      .map((candidate): Fit => ({ candidate, box: boxAt(candidate) }))
      .find(({ box }) => free(box));
    const fit = near ?? (request.leader && findLeaderFit(request.leader, request.fontSize, boxAt, free));
    if (!fit) {
      unplaced.push(request.id);
      continue;
    }
    taken.push(fit.box, ...(fit.leader ? leaderObstacles(fit.leader) : []));
    const { id, text, fontSize, role } = request;
    const { x, y, anchor } = fit.candidate;
    placed.push({
      id,
      text,
      fontSize,
      role,
      x: Math.round(x * 10) / 10,
      y: Math.round(y * 10) / 10,
      anchor,
      box: fit.box,
      ...(fit.leader ? { leader: fit.leader.map((value) => Math.round(value * 10) / 10) as Leader } : {}),
    });
  }
  return { placed, unplaced };
}

/**
 * Greedy placement in the order given, then again with the labels it had to leave out moved to
 * the front, for as long as that leaves fewer out: a capital boxed in by borders gets its one
 * spot before a country's name, which has room elsewhere, takes it. Labels that `optional`
 * accepts (a neighbour's name) are not worth a second try.
 */
export function placeLabelsInTurn(
  requests: LabelRequest[],
  obstacles: Box[],
  frame: { width: number; height: number },
  optional: (id: string) => boolean,
): { placed: PlacedLabel[]; unplaced: string[] } {
  const missing = (result: { unplaced: string[] }) => result.unplaced.filter((id) => !optional(id));
  let order = requests;
  let best = placeLabels(order, obstacles, frame);
  for (let turn = 0; turn < 4 && missing(best).length > 0; turn++) {
    const first = new Set(missing(best));
    order = [...order.filter((request) => first.has(request.id)), ...order.filter((request) => !first.has(request.id))];
    const next = placeLabels(order, obstacles, frame);
    if (missing(next).length >= missing(best).length) break;
    best = next;
  }
  return best;
}

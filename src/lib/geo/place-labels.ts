import { findLeaderFit, leaderObstacles } from './label-leaders';
import { BoxGrid } from './box-grid';
import {
  LINE_HEIGHT,
  textBox,
  twoLines,
  type Box,
  type Candidate,
  type LabelRequest,
  type Leader,
  type PlacedLabel,
} from './labels';

/** A label's spot, its lines and the box they take there, with the leader that ties it to its point, if any. */
interface Fit {
  lines: string[];
  candidate: Candidate;
  box: Box;
  leader?: Leader;
}

const roundToTenth = (value: number) => Math.round(value * 10) / 10;

/**
 * A spot beside a point for a label of more than one line: above the point the lines stack
 * upwards, beside it they centre on it, below it they hang down as they are.
 */
function raised(candidate: Candidate, lines: number, { leader, fontSize }: LabelRequest): Candidate {
  if (lines === 1 || !leader) return candidate;
  const extra = (lines - 1) * LINE_HEIGHT * fontSize;
  const middle = leader.y + fontSize * 0.35;
  if (candidate.y < leader.y - 1) return { ...candidate, y: candidate.y - extra };
  return Math.abs(candidate.y - middle) < 1 ? { ...candidate, y: candidate.y - extra / 2 } : candidate;
}

/**
 * A label's first free spot: beside its point on one line, then on two, then further out on a
 * leader line, on one line and then two.
 */
function findFit(request: LabelRequest, free: (box: Box) => boolean): Fit | undefined {
  const settings = [request.text, ...(twoLines(request.text) ? [twoLines(request.text)!] : [])].map((text) => {
    const lines = typeof text === 'string' ? [text] : text;
    const boxAt = (candidate: Candidate) => textBox(lines, request.fontSize, candidate, request.weight);
    return { lines, boxAt };
  });
  for (const { lines, boxAt } of settings) {
    const near = request.candidates
      .map((candidate) => raised(candidate, lines.length, request))
      .map((candidate) => ({ candidate, box: boxAt(candidate) }))
      .find(({ box }) => free(box));
    if (near) return { lines, ...near };
  }
  if (!request.leader) return undefined;
  for (const { lines, boxAt } of settings) {
    const far = findLeaderFit(request.leader, request.fontSize, boxAt, free);
    if (far) return { lines, ...far };
  }
  return undefined;
}

/**
 * Greedy placement: each label, in the order given, takes its first free spot (see findFit):
 * one that stays in the frame and overlaps neither an obstacle nor a label or leader already
 * placed. A label with no free spot is left out and reported, never drawn on top of something.
 */
export function placeLabels(
  requests: LabelRequest[],
  obstacles: Box[],
  frame: { width: number; height: number },
): { placed: PlacedLabel[]; unplaced: string[] } {
  const taken = new BoxGrid(frame);
  for (const obstacle of obstacles) taken.add(obstacle);
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];
  const free = (box: Box) =>
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= frame.width &&
    box.y + box.height <= frame.height &&
    !taken.overlapsAny(box);
  for (const request of requests) {
    const fit = findFit(request, free);
    if (!fit) {
      unplaced.push(request.id);
      continue;
    }
    for (const box of [fit.box, ...(fit.leader ? leaderObstacles(fit.leader) : [])]) taken.add(box);
    const { id, text, fontSize, role } = request;
    const { x, y, anchor } = fit.candidate;
    placed.push({
      id,
      text,
      lines: fit.lines,
      fontSize,
      role,
      x: roundToTenth(x),
      y: roundToTenth(y),
      anchor,
      box: fit.box,
      ...(fit.leader ? { leader: fit.leader.map(roundToTenth) as Leader } : {}),
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

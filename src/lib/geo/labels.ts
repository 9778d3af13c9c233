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
  /** Whether the label may sit on soft obstacles without first trying to avoid them. */
  ignoresSoft?: boolean;
  /** Average advance per character as a share of the font size; wider for bold capitals. */
  widthFactor?: number;
}

export interface PlacedLabel extends Candidate {
  id: string;
  text: string;
  fontSize: number;
  role: string;
  box: Box;
}

/**
 * Average advance of the sans-serif faces the map uses, as a share of the font size, measured
 * on DejaVu Sans (one of the wider faces the font stack may end on) and rounded up.
 */
export const CHARACTER_WIDTH = { regular: 0.62, semibold: 0.68, spacedCapitals: 0.8 } as const;
const GAP = 1.5;

export const estimateTextWidth = (text: string, fontSize: number, widthFactor: number = CHARACTER_WIDTH.regular) =>
  text.length * fontSize * widthFactor;

/** The box a text occupies when drawn at a candidate point, with a small gap around it. */
export function textBox(text: string, fontSize: number, { x, y, anchor }: Candidate, widthFactor?: number): Box {
  const width = estimateTextWidth(text, fontSize, widthFactor);
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

function ring([x, y]: [number, number], d: number, fontSize: number): Candidate[] {
  const middle = y + fontSize * 0.35;
  return [
    { x: x + d, y: middle, anchor: 'start' },
    { x: x - d, y: middle, anchor: 'end' },
    { x, y: y - d, anchor: 'middle' },
    { x, y: y + d + fontSize * 0.8, anchor: 'middle' },
    { x: x + d * 0.75, y: y - d * 0.75, anchor: 'start' },
    { x: x + d * 0.75, y: y + d * 0.75 + fontSize * 0.7, anchor: 'start' },
    { x: x - d * 0.75, y: y - d * 0.75, anchor: 'end' },
    { x: x - d * 0.75, y: y + d * 0.75 + fontSize * 0.7, anchor: 'end' },
  ];
}

/**
 * Centred on a point, then shifted up and down, then sideways, in steps of about a line, for
 * area labels such as countries: nearest positions first.
 */
export function centredNear([x, y]: [number, number], fontSize: number, steps = 3): Candidate[] {
  const baseline = y + fontSize * 0.35;
  const offsets = [0, ...Array.from({ length: steps }, (_, i) => [-(i + 1), i + 1]).flat()];
  const grid = offsets.flatMap((dx) => offsets.map((dy) => ({ dx, dy })));
  grid.sort((a, b) => Math.hypot(a.dx * 1.5, a.dy) - Math.hypot(b.dx * 1.5, b.dy));
  return grid.map(({ dx, dy }) => ({
    x: x + dx * fontSize * 1.5,
    y: baseline + dy * fontSize * 1.2,
    anchor: 'middle' as const,
  }));
}

/**
 * Greedy placement: each label, in the order given, takes its first candidate that stays in
 * the frame and overlaps neither an obstacle nor a label already placed. Soft obstacles (lines
 * a label may cross, under its halo) are avoided when some candidate allows it. A label with
 * no free candidate is left out and reported, never drawn on top of something.
 */
export function placeLabels(
  requests: LabelRequest[],
  obstacles: Box[],
  frame: { width: number; height: number },
  softObstacles: Box[] = [],
): { placed: PlacedLabel[]; unplaced: string[] } {
  const taken = [...obstacles];
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];
  const free = (box: Box, avoid: Box[]) =>
    inside(box, frame.width, frame.height) && !avoid.some((other) => boxesOverlap(box, other));
  for (const request of requests) {
    const options = request.candidates.map((candidate) => ({
      candidate,
      box: textBox(request.text, request.fontSize, candidate, request.widthFactor),
    }));
    const fit =
      (request.ignoresSoft ? undefined : options.find(({ box }) => free(box, taken) && free(box, softObstacles))) ??
      options.find(({ box }) => free(box, taken));
    if (!fit) {
      unplaced.push(request.id);
      continue;
    }
    taken.push(fit.box);
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
    });
  }
  return { placed, unplaced };
}

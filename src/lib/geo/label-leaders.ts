import type { Box, Candidate, Leader, LeaderPoint } from './labels';

/** How far a label with a leader may sit from its symbol, in lines of its text. */
const REACH = 5;

/** How finely spots further out are tried, in map units. */
const STEP = 3;

/** Baselines round a point out to REACH lines of text, every STEP units, each with every anchor. */
function spotsAround([x, y]: [number, number], clearance: number, fontSize: number): Candidate[] {
  const reach = clearance + REACH * fontSize;
  const spots: Candidate[] = [];
  for (let dy = -reach; dy <= reach; dy += STEP) {
    for (let dx = -reach; dx <= reach; dx += STEP) {
      if (Math.hypot(dx, dy) > reach) continue;
      for (const anchor of ['start', 'middle', 'end'] as const) spots.push({ x: x + dx, y: y + dy, anchor });
    }
  }
  return spots;
}

/** How far a box lies from a point. */
const distanceTo = (box: Box, x: number, y: number) =>
  Math.hypot(Math.max(box.x - x, 0, x - box.x - box.width), Math.max(box.y - y, 0, y - box.y - box.height));

/** The leader from the edge of a point's symbol to the nearest point of a label's box. */
export function leaderTo({ x, y, clearance }: LeaderPoint, box: Box): Leader {
  const nearX = Math.min(Math.max(x, box.x), box.x + box.width);
  const nearY = Math.min(Math.max(y, box.y), box.y + box.height);
  const length = Math.hypot(nearX - x, nearY - y);
  const start = (clearance + 1) / length;
  return [x + (nearX - x) * start, y + (nearY - y) * start, nearX, nearY];
}

/** Small boxes along a leader, so that nothing later crosses it and it crosses nothing. */
export function leaderObstacles([x1, y1, x2, y2]: Leader): Box[] {
  const count = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
  return Array.from({ length: count + 1 }, (_, k) => {
    const [x, y] = [x1 + ((x2 - x1) * k) / count, y1 + ((y2 - y1) * k) / count];
    return { x: x - 1, y: y - 1, width: 2, height: 2 };
  });
}

/**
 * The nearest spot further out round a point (no more than REACH lines of text from its symbol)
 * where a label and its leader line both lie free. The leader's first stretch runs inside the
 * symbol's own keep-out square, which it may cross.
 */
export function findLeaderFit(
  point: LeaderPoint,
  fontSize: number,
  boxAt: (candidate: Candidate) => Box,
  free: (box: Box) => boolean,
): { candidate: Candidate; box: Box; leader: Leader } | undefined {
  const own = point.clearance * Math.SQRT2 + 1.5;
  const reach = point.clearance + REACH * fontSize;
  const spots = spotsAround([point.x, point.y], point.clearance, fontSize)
    .map((candidate) => ({ candidate, box: boxAt(candidate) }))
    .map((spot) => ({ ...spot, distance: distanceTo(spot.box, point.x, point.y) }))
    .filter(({ distance }) => distance > point.clearance && distance <= reach)
    .sort((a, b) => a.distance - b.distance);
  for (const { candidate, box } of spots) {
    if (!free(box)) continue;
    const leader = leaderTo(point, box);
    const beyond = leaderObstacles(leader).filter(
      (part) => Math.hypot(part.x + 1 - point.x, part.y + 1 - point.y) > own,
    );
    if (beyond.every(free)) return { candidate, box, leader };
  }
  return undefined;
}

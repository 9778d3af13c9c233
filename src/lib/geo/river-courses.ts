import { distanceToSegment, lengthOf, type Point } from './polyline';
import type { DrawnWater } from './water-shapes';

/** How near one river's end comes to another's line or start (map units) to flow into it. */
const JOIN = 2;

const apart = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const toLines = (point: Point, lines: Point[][]) =>
  Math.min(...lines.flatMap((line) => line.slice(1).map((end, i) => distanceToSegment(point, line[i]!, end))));

/** A river's sources and mouths as drawn: the ends of its lines that none of its other lines continues. */
function endsOf(lines: Point[][]): { sources: Point[]; mouths: Point[] } {
  const starts = lines.map((line) => line[0]!);
  const ends = lines.map((line) => line.at(-1)!);
  return {
    sources: starts.filter((start) => !ends.some((end) => apart(start, end) < JOIN)),
    mouths: ends.filter((end) => !starts.some((start) => apart(start, end) < JOIN)),
  };
}

/**
 * A river as a map measures it: the stretches Natural Earth names apart along one course, each
 * flowing on into the next from its source, at the same rank (the Pamir, the Panj, the Amu Darya),
 * together; its length on the map; and whether it ends on another river, a tributary.
 */
export interface Course {
  rivers: DrawnWater[];
  length: number;
  tributary: boolean;
}

/** The rivers gathered into their courses (see Course). */
export function riverCourses(rivers: DrawnWater[]): Course[] {
  const ends = rivers.map((river) => endsOf(river.lines));
  // A river of another rank is another river: the Karkheh ends where the Shatt al-Arab begins.
  const flowsOn = (from: number, to: number) =>
    from !== to &&
    rivers[from]!.rank === rivers[to]!.rank &&
    ends[from]!.mouths.some((mouth) => ends[to]!.sources.some((source) => apart(mouth, source) < JOIN));
  // Each river's course, by the first river of it found: a stretch and those it flows on into, or from.
  const course = rivers.map((_, i) => i);
  const root = (i: number): number => (course[i] === i ? i : (course[i] = root(course[i]!)));
  rivers.forEach((_, i) => rivers.forEach((__, j) => flowsOn(i, j) && (course[root(j)] = root(i))));
  const groups = Map.groupBy(
    rivers.map((_, i) => i),
    root,
  );
  return [...groups.values()].map((members) => {
    const others = rivers.filter((_, k) => !members.includes(k));
    const flowsOnWithin = (i: number) => members.some((j) => flowsOn(i, j));
    const endsOnAnother = members.some(
      (i) =>
        !flowsOnWithin(i) &&
        ends[i]!.mouths.some((mouth) => others.some((other) => toLines(mouth, other.lines) < JOIN)),
    );
    return {
      rivers: members.map((i) => rivers[i]!),
      length: lengthOf(members.flatMap((i) => rivers[i]!.lines)),
      tributary: endsOnAnother,
    };
  });
}

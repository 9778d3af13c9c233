import { geoDistance } from 'd3-geo';
import type { Lang } from '../i18n/lang';
import type { Words } from '../i18n/words/en';

type LonLat = [number, number];
type Point = [number, number];

/** Mean Earth radius in kilometres (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;
const DEGREES = 180 / Math.PI;
const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres. */
export const distanceKm = (from: LonLat, to: LonLat) => geoDistance(from, to) * EARTH_RADIUS_KM;

/** Initial great-circle bearing from one place to another, in degrees clockwise from north. */
export function bearingDegrees([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const φ1 = lat1 * RADIANS;
  const φ2 = lat2 * RADIANS;
  const Δλ = (lon2 - lon1) * RADIANS;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return (Math.atan2(y, x) * DEGREES + 360) % 360;
}

/** The nearest of the eight compass points to a bearing, in the edition's words. */
export const compassPoint = (bearing: number, words: Pick<Words, 'map'>) =>
  words.map.compass[Math.round(bearing / 45) % 8]!;

/** "4,380 km NW": rounded to the nearest ten kilometres, as a map should promise no more; in the edition's words and digits. */
export function formatDistance(from: LonLat, to: LonLat, lang: Lang): string {
  const km = Math.round(distanceKm(from, to) / 10) * 10;
  return lang.words.map.distance(lang.number(km), compassPoint(bearingDegrees(from, to), lang.words));
}

/**
 * Where a ray from `origin` towards `target` (both projected) leaves a rectangle inset by
 * `inset` from the frame's edge, and which edge it crosses. The callout sits there and points
 * along the ray: the place's direction as this map shows it.
 */
export function edgePoint(
  frame: { width: number; height: number },
  origin: Point,
  target: Point,
  inset: number,
): { point: Point; angle: number; edge: 'top' | 'right' | 'bottom' | 'left' } {
  const [x0, y0] = origin;
  const dx = target[0] - x0;
  const dy = target[1] - y0;
  const limits = [
    { edge: 'right' as const, t: dx > 0 ? (frame.width - inset - x0) / dx : Infinity },
    { edge: 'left' as const, t: dx < 0 ? (inset - x0) / dx : Infinity },
    { edge: 'bottom' as const, t: dy > 0 ? (frame.height - inset - y0) / dy : Infinity },
    { edge: 'top' as const, t: dy < 0 ? (inset - y0) / dy : Infinity },
  ];
  const { edge, t } = limits.reduce((nearest, limit) => (limit.t < nearest.t ? limit : nearest));
  return { point: [x0 + dx * t, y0 + dy * t], angle: Math.atan2(dy, dx) * DEGREES, edge };
}

/**
 * Moves items that share an edge apart so that neighbours do not overlap: centres at least
 * half their two sizes plus `gap` apart, order kept, all between `min` and `max`.
 */
export function spreadAlong(positions: number[], sizes: number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const size = (rank: number) => sizes[order[rank]!.index]!;
  const clearance = (rank: number) => (size(rank - 1) + size(rank)) / 2 + gap;
  const spread = order.map(({ value }, rank) => Math.max(min + size(rank) / 2, Math.min(max - size(rank) / 2, value)));
  for (let i = 1; i < spread.length; i++) spread[i] = Math.max(spread[i]!, spread[i - 1]! + clearance(i));
  const last = spread.length - 1;
  if (last >= 0 && spread[last]! > max - size(last) / 2) {
    spread[last] = max - size(last) / 2;
    for (let i = last - 1; i >= 0; i--) spread[i] = Math.min(spread[i]!, spread[i + 1]! - clearance(i + 1));
  }
  const result = new Array<number>(positions.length);
  order.forEach(({ index }, rank) => (result[index] = spread[rank]!));
  return result;
}

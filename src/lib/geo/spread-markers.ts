import type { Frame } from './frame';
import type { PlacedMarker } from './map-types';
import { roundToTenth } from './place-markers';
import { spreadApart } from './spread-apart';
import { HIT } from './symbol-metrics';

/** A symbol moved this far or less still covers its place, and needs no line to it. */
const STILL_COVERS = 3;

/**
 * Symbols too close for a finger to tell apart are moved apart to HIT.spacing, and a symbol that
 * no longer covers its place gets a line back to it (`leader`), so the map still shows where
 * each thing happened. Rounding to a tenth never brings two back under the spacing.
 */
export function spreadMarkers(markers: PlacedMarker[], frame: Pick<Frame, 'width' | 'height'>): PlacedMarker[] {
  const spread = spreadApart(
    markers.map((marker) => [marker.x, marker.y]),
    HIT.spacing + 0.2,
    [frame.width, frame.height],
  );
  return markers.map((marker, i) => {
    const [x, y] = spread[i]!.map(roundToTenth) as [number, number];
    const moved = Math.hypot(x - marker.x, y - marker.y) > STILL_COVERS;
    return { ...marker, x, y, ...(moved ? { leader: { x: marker.x, y: marker.y } } : {}) };
  });
}

import type { MarkerModel } from '../../lib/geo/map-model';
import { roundToTenth } from '../../lib/geo/place-markers';
import { MARKER } from '../../lib/geo/symbol-metrics';

/**
 * For a symbol moved off its place to keep clear of close neighbours: a line from the symbol
 * back to the place, and a dot on it. Drawn inside the marker's group, under its symbol.
 */
export default function MarkerLeader({ marker }: { marker: MarkerModel }) {
  if (!marker.leader) return null;
  const dx = roundToTenth(marker.leader.x - marker.x);
  const dy = roundToTenth(marker.leader.y - marker.y);
  return (
    <>
      <path className="marker-leader" d={`M0,0L${dx},${dy}`} />
      <circle className="marker-place" cx={dx} cy={dy} r={MARKER.place} />
    </>
  );
}

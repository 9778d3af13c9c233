import type { WaterModel } from '../../lib/geo/water-select';

/**
 * The map's rivers and lakes, drawn over the land and under everything else: base geography, as
 * the coasts are, hidden from screen readers (their names are the labels', and say nothing the
 * text needs). A kind with nothing in the frame draws nothing.
 */
export default function MapWater({ water }: { water: WaterModel }) {
  const { lakes, playas, rivers } = water;
  if (!lakes && !playas && !rivers) return null;
  return (
    <g aria-hidden="true">
      {playas && <path className="map-playa" d={playas} />}
      {lakes && <path className="map-lake" d={lakes} />}
      {rivers && <path className="map-river" d={rivers} />}
    </g>
  );
}

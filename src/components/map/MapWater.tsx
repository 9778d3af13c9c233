import type { WaterModel } from '../../lib/geo/water-select';

/**
 * The map's rivers and lakes, drawn over the land and under everything else: base geography, as
 * the coasts are, and inside the land's group, hidden from screen readers with it (their names
 * are the labels', and say nothing the text needs). A kind with nothing in the frame draws nothing.
 */
export default function MapWater({ water }: { water: WaterModel }) {
  const { lakes, rivers } = water;
  return (
    <>
      {lakes && <path className="map-lake" d={lakes} />}
      {rivers && <path className="map-river" d={rivers} />}
    </>
  );
}

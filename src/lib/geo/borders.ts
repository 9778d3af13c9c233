import type { MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import { alpha3Of, type WorldTopology } from './atlas';

/**
 * The boundary two countries share, from the arcs their shapes have in common in the
 * topology: the same line both shapes are drawn with, so it can never drift off them.
 */
export function extractBorder(topology: WorldTopology, borderId: string): MultiLineString {
  const [a, b] = borderId.split('-');
  const line = mesh(topology, topology.objects.countries, (x, y) => {
    const pair = [alpha3Of(x), alpha3Of(y)];
    return pair.includes(a) && pair.includes(b) && x !== y;
  });
  if (line.coordinates.length === 0) {
    throw new Error(`${a} and ${b} share no boundary in Natural Earth; a border joins two neighbouring countries`);
  }
  return line;
}

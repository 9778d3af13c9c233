import { neighbors } from 'topojson-client';
import { alpha3Of, type WorldTopology } from './atlas';

const cache = new Map<string, string[]>();

/**
 * The borders a map of `region` can draw: every pair of its countries that share a boundary
 * in Natural Earth, as "AAA-BBB" ids in alphabetical order, e.g. ["AFG-IRN", "AFG-PAK", "IRN-PAK"].
 */
export function regionBorders(topology: WorldTopology, region: readonly string[]): string[] {
  const key = [...region].sort().join(',');
  const known = cache.get(key);
  if (known) return known;
  const geometries = topology.objects.countries.geometries;
  const adjacent = neighbors(geometries);
  const codes = geometries.map((geometry) => alpha3Of(geometry));
  const pairs = new Set<string>();
  codes.forEach((a, i) => {
    if (!a || !region.includes(a)) return;
    for (const j of adjacent[i] ?? []) {
      const b = codes[j];
      if (b && b !== a && region.includes(b)) pairs.add([a, b].sort().join('-'));
    }
  });
  const borders = [...pairs].sort();
  cache.set(key, borders);
  return borders;
}

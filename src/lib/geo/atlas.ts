import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readWater, type WaterTopology } from './water';

/** The Natural Earth topology that world-atlas ships: countries and land. */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

const require = createRequire(import.meta.url);

/** Reads a world-atlas file (Natural Earth, public domain) at build time; never shipped to readers. */
export function readWorldAtlas(file: 'countries-50m' | 'countries-110m' | 'land-110m'): WorldTopology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}.json`), 'utf8')) as WorldTopology;
}

let atlas: { countries: WorldTopology; land: WorldTopology; water: WaterTopology } | undefined;

/**
 * Natural Earth 1:50m countries for maps and checks, 1:110m land for the locator globe, and the
 * project's cut of 1:10m rivers and lakes, read once.
 */
export function worldAtlas() {
  atlas ??= { countries: readWorldAtlas('countries-50m'), land: readWorldAtlas('land-110m'), water: readWater() };
  return atlas;
}

/**
 * world-atlas names countries by ISO 3166-1 numeric code; the site speaks alpha-3. A few
 * Natural Earth shapes (Kosovo, Somaliland, the Siachen Glacier…) have no ISO code: undefined.
 */
export function alpha3Of(geometry: { id?: string | number | undefined }): string | undefined {
  return geometry.id === undefined ? undefined : countries.numericToAlpha3(geometry.id);
}

const featuresOf = new WeakMap<WorldTopology, Feature<Geometry, { name: string }>[]>();

/** The topology's countries as GeoJSON, converted once per topology and shared by every map. */
export function countryFeatures(topology: WorldTopology): Feature<Geometry, { name: string }>[] {
  let features = featuresOf.get(topology);
  if (!features) {
    features = feature(topology, topology.objects.countries).features;
    featuresOf.set(topology, features);
  }
  return features;
}

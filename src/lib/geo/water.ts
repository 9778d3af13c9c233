import { readFileSync } from 'node:fs';
import type { Feature, MultiLineString, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** What the cut keeps of a Natural Earth river or lake (scripts/cut-water.mjs). */
export interface WaterProperties {
  /** Natural Earth's name, spaces tidied; none for the features it leaves unnamed. */
  name?: string;
  /** Natural Earth's scalerank: 0 shows on a map of the world, 8 on a map of a country or two. */
  rank: number;
}

/** The map's rivers and lakes (data/geo/water.json): Natural Earth 1:10m, cut and quantised. */
export type WaterTopology = Topology<{
  rivers: GeometryCollection<WaterProperties>;
  lakes: GeometryCollection<WaterProperties>;
  /** Lakes that fill only in some seasons or years (Natural Earth's playas), such as the Hamun lakes. */
  playas: GeometryCollection<WaterProperties>;
}>;

/** Where the cut lives, from the project's root; see data/geo/SOURCE.md. */
export const WATER_FILE = 'data/geo/water.json';

let water: WaterTopology | undefined;

/** The rivers and lakes, read once per build from the project (never from a site's content). */
export function readWater(): WaterTopology {
  water ??= JSON.parse(readFileSync(WATER_FILE, 'utf8')) as WaterTopology;
  return water;
}

export type River = Feature<MultiLineString, WaterProperties>;
export type Lake = Feature<MultiPolygon, WaterProperties>;

/** The three layers as GeoJSON. */
export interface WaterFeatures {
  rivers: River[];
  lakes: Lake[];
  playas: Lake[];
}

const featuresOf = new WeakMap<WaterTopology, WaterFeatures>();

/** The topology's rivers and lakes as GeoJSON, converted once per topology and shared by every map. */
export function waterFeatures(topology: WaterTopology): WaterFeatures {
  let features = featuresOf.get(topology);
  if (!features) {
    const { rivers, lakes, playas } = topology.objects;
    features = {
      rivers: feature(topology, rivers).features as River[],
      lakes: feature(topology, lakes).features as Lake[],
      playas: feature(topology, playas).features as Lake[],
    };
    featuresOf.set(topology, features);
  }
  return features;
}

/** Every name the cut gives a river or lake, for checking the glossary's references to them. */
export function waterNames(topology: WaterTopology): Set<string> {
  const { rivers, lakes, playas } = waterFeatures(topology);
  return new Set([...rivers, ...lakes, ...playas].flatMap((water) => water.properties.name ?? []));
}

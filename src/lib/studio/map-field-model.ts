import type { Feature } from 'geojson';
import type { MapConfig } from '../../schemas/map';
import type { WorldTopology } from '../geo/atlas';
import { traceBorderLines } from '../geo/border-models';
import { compactPath } from '../geo/compact-path';
import { projectCapitals } from '../geo/capitals';
import { projectCountryShapes } from '../geo/country-shapes';
import { fitFrame, type Frame } from '../geo/frame';
import { countriesByCode, regionCollection } from '../geo/region';
import type { WaterTopology } from '../geo/water';
import { drawWater, regionWater } from '../geo/water-select';
import { frameParameters } from './frame-parameters';
import type { FieldMap } from './map-field-types';

/** What the studio's map is drawn from: the analysis's region and the map settings of its events file. */
export interface FieldMapInput {
  slug: string;
  /** The analysis's `region`, ISO alpha-3 codes. */
  region: string[];
  map: MapConfig;
  countries: WorldTopology;
  /** The rivers and lakes (data/geo/water.json). */
  water: WaterTopology;
}

/** The analysis's frame, fitted as the site fits it (lib/share/analysis-map-model.ts). */
export const analysisFrame = (byCode: Map<string, Feature>, region: string[]): Frame =>
  fitFrame(regionCollection(byCode, region));

/**
 * The analysis's map for the place field: the frame the site fits to the region and the countries,
 * rivers and lakes, capitals and discussed borders as the site projects them, without events,
 * labels or links (the editor is placing a new one), and the numbers that set the same projection
 * in the browser.
 */
export function buildFieldMap({ slug, region, map, countries, water }: FieldMapInput): FieldMap {
  const byCode = countriesByCode(countries);
  const unknown = region.filter((code) => !byCode.has(code));
  if (unknown.length > 0) {
    throw new Error(
      `content/analyses/${slug}.mdx: region names ${unknown.join(', ')}, which Natural Earth does not know; use ISO alpha-3 codes such as "AFG"`,
    );
  }
  const frame = analysisFrame(byCode, region);
  const path = compactPath(frame.projection);
  const lines = traceBorderLines(countries, map.borders);
  return {
    slug,
    frame: frameParameters(frame),
    countries: projectCountryShapes(countries, region, frame).map(({ shape }) => ({
      ...(shape.code ? { code: shape.code } : {}),
      ...(shape.name ? { name: shape.name } : {}),
      d: shape.d,
      inRegion: shape.inRegion,
    })),
    water: drawWater(
      regionWater(
        water,
        frame,
        region.map((code) => byCode.get(code)!),
      ),
    ),
    borders: map.borders.map((border) => ({ id: border.id, name: border.name, d: path(lines.get(border.id)!) })),
    capitals: projectCapitals(map.capitals, frame),
    origin: map.capitals[0]?.name ?? '',
  };
}

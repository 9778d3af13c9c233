import type { Feature, FeatureCollection } from 'geojson';
import { alpha3Of, countryFeatures, type WorldTopology } from './atlas';

/** Natural Earth's countries by ISO alpha-3 code (shapes without a code are left out). */
export function countriesByCode(topology: WorldTopology): Map<string, Feature> {
  return new Map(
    countryFeatures(topology).flatMap((country) => {
      const code = alpha3Of(country);
      return code ? [[code, country as Feature] as const] : [];
    }),
  );
}

/** The countries an analysis's map is about, in the order its frontmatter lists them. */
export function regionCollection(byCode: Map<string, Feature>, region: string[]): FeatureCollection {
  const features = region.map((code) => {
    const found = byCode.get(code);
    if (!found) throw new Error(`region code ${code} names no country in Natural Earth`);
    return found;
  });
  return { type: 'FeatureCollection', features };
}

import { describe, expect, test } from 'vitest';
import { projectCountryShapes } from '../../../src/lib/geo/country-shapes';
import { atlas } from './load-fixture';
import { site } from './first-analysis';

const shapes = () => projectCountryShapes(atlas.countries, site.analysis.region, site.frame).map(({ shape }) => shape);

describe('projectCountryShapes', () => {
  test('the region’s countries are drawn last, over their neighbours', () => {
    const firstInRegion = shapes().findIndex((shape) => shape.inRegion);
    expect(
      shapes()
        .slice(firstInRegion)
        .map((shape) => shape.code),
    ).toEqual(expect.arrayContaining(['AFG', 'IRN', 'PAK']));
    expect(
      shapes()
        .slice(firstInRegion)
        .every((shape) => shape.inRegion),
    ).toBe(true);
  });

  test('countries far from the frame are left out, neighbours kept', () => {
    const codes = shapes().map((shape) => shape.code);
    expect(codes).toEqual(expect.arrayContaining(['TKM', 'IND']));
    // Drawn around the region, not as part of it.
    const region = shapes()
      .filter((shape) => shape.inRegion)
      .map((shape) => shape.code);
    expect(region.sort()).toEqual(['AFG', 'IRN', 'PAK']);
    expect(codes).not.toContain('BRA');
    expect(codes).not.toContain('NOR');
  });
});

import { describe, expect, test } from 'vitest';
import { regionThumbnail } from '../../../src/lib/geo/region-thumbnail';
import { byCode } from './load-fixture';

// Regions of every shape: long coasts and fjords, islands, vast and tiny states.
const REGIONS = [
  ['AFG', 'IRN', 'PAK'],
  ['EST', 'LVA', 'LTU'],
  ['ARM', 'AZE', 'GEO'],
  ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'],
  ['IDN', 'MYS', 'PHL'],
  ['CAN', 'USA'],
];

describe('regionThumbnail', () => {
  test.each(REGIONS)('the thumbnail of %s is a path of whole pixels under 1.5 KB', (...region) => {
    const d = regionThumbnail(byCode, region);
    expect(d.length).toBeGreaterThan(100);
    expect(d.length).toBeLessThanOrEqual(1500);
    expect(d).toMatch(/^M[-\d,lMZ ]+$/);
  });

  test('a region is drawn once, whatever the order its countries are named in', () => {
    expect(regionThumbnail(byCode, ['PAK', 'AFG', 'IRN'])).toBe(regionThumbnail(byCode, ['AFG', 'IRN', 'PAK']));
  });
});

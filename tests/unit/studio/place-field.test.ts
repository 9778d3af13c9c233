import { describe, expect, it } from 'vitest';
import { worldAtlas } from '../../../src/lib/geo/atlas';
import { countriesByCode } from '../../../src/lib/geo/region';
import { langFor } from '../../../src/lib/i18n/lang';
import { frameFromParameters, frameParameters } from '../../../src/lib/studio/frame-parameters';
import { analysisFrame, buildFieldMap } from '../../../src/lib/studio/map-field-model';
import { previewPlace, suggestCountry } from '../../../src/lib/studio/place-preview';
import { analysisSlugOf, coordinatesAt, pointPlace } from '../../../src/lib/studio/place-value';

const { countries, water } = worldAtlas();
const byCode = countriesByCode(countries);
const REGION = ['AFG', 'IRN', 'PAK'];
const siteFrame = () => analysisFrame(byCode, REGION);
const KABUL: [number, number] = [69.18, 34.53];
const MOSCOW: [number, number] = [37.62, 55.75];
const origin = { name: 'Kabul', coordinates: KABUL };

describe('the place field’s map', () => {
  it('is set in the browser to the very projection the site fitted', () => {
    const fitted = siteFrame();
    const rebuilt = frameFromParameters(JSON.parse(JSON.stringify(frameParameters(fitted))));
    expect([rebuilt.width, rebuilt.height]).toEqual([fitted.width, fitted.height]);
    for (const place of [KABUL, MOSCOW, [51.39, 35.69], [73.05, 33.69], [61.2, 25.1]] as [number, number][]) {
      const [x, y] = fitted.projection(place)!;
      const [x2, y2] = rebuilt.projection(place)!;
      expect(x2).toBeCloseTo(x, 9);
      expect(y2).toBeCloseTo(y, 9);
    }
  });

  it('turns a click on Kabul back into Kabul’s coordinates, rounded as the events files round them', () => {
    const fitted = siteFrame();
    const rebuilt = frameFromParameters(frameParameters(fitted));
    const clicked = fitted.projection(KABUL)!;
    expect(coordinatesAt(rebuilt, clicked)).toEqual(KABUL);
    const [lon, lat] = coordinatesAt(rebuilt, [clicked[0] + 0.37, clicked[1] - 0.21])!;
    expect([lon, lat]).toEqual([Number(lon.toFixed(2)), Number(lat.toFixed(2))]);
  });

  it('draws the region’s countries, rivers and lakes, the borders the analysis discusses and its capitals', () => {
    const map = buildFieldMap({
      slug: 'taliban-iran-pakistan-2022',
      region: REGION,
      map: {
        capitals: [{ name: 'Kabul', country: 'AFG', coordinates: KABUL }],
        borders: [{ id: 'AFG-PAK', name: 'the Durand Line', passage: 'durand-line-fence' }],
      },
      countries,
      water,
    });
    expect(map.water.rivers).toMatch(/^M/);
    expect(map.water.lakes).toMatch(/^M/);
    expect(map.countries.filter((country) => country.inRegion).map((country) => country.code)).toEqual(
      expect.arrayContaining(REGION),
    );
    expect(map.borders).toEqual([expect.objectContaining({ id: 'AFG-PAK', d: expect.stringMatching(/^M/) })]);
    expect(map.capitals).toEqual([{ name: 'Kabul', ...xy(siteFrame().projection(KABUL)!) }]);
    expect(map.origin).toBe('Kabul');
  });
});

const xy = ([x, y]: [number, number]) => ({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });

describe('the country suggested under a click', () => {
  it.each([
    ['Tehran', [51.39, 35.69], 'IRN', 'Iran'],
    ['Kabul', KABUL, 'AFG', 'Afghanistan'],
    ['Islamabad', [73.05, 33.69], 'PAK', 'Pakistan'],
    ['Karachi, on the coast', [67.0, 24.86], 'PAK', 'Pakistan'],
  ] as const)('is the one %s lies in', (_, point, code, name) => {
    expect(suggestCountry(siteFrame(), [...point], byCode)).toEqual({ code, name, inFrame: true });
  });

  it('is none out at sea', () => {
    expect(suggestCountry(siteFrame(), [62, 20], byCode)).toBeUndefined();
  });

  it('says when the country’s own point lies beyond the frame', () => {
    expect(suggestCountry(siteFrame(), MOSCOW, byCode)).toEqual({ code: 'RUS', name: 'Russia', inFrame: false });
  });
});

describe('a place beyond the frame', () => {
  it('is marked off the map, and a place inside is not', () => {
    expect(pointPlace(siteFrame(), 'Moscow', MOSCOW)).toEqual({ name: 'Moscow', coordinates: MOSCOW, offMap: true });
    expect(pointPlace(siteFrame(), 'Kabul', KABUL)).toEqual({ name: 'Kabul', coordinates: KABUL });
  });

  it('becomes a callout at the edge towards it, with its distance from the first capital', () => {
    const frame = siteFrame();
    const preview = previewPlace(frame, origin, { name: 'Moscow', coordinates: MOSCOW }, byCode, langFor('en'));
    expect(preview.inFrame).toBe(false);
    expect(preview.callout).toMatchObject({
      edge: 'top',
      label: 'Moscow',
      distance: expect.stringMatching(/^\d,\d{2}0 km NW$/),
    });
    const { x, y, box } = preview.callout!;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(frame.width);
    expect(y).toBeLessThan(10);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.width);
  });

  it('gives a whole country beyond the frame its direction only', () => {
    const preview = previewPlace(siteFrame(), origin, { name: 'Norway', country: 'NOR' }, byCode, langFor('en'));
    expect(preview.callout).toMatchObject({ label: 'Norway (country)', distance: 'NW' });
  });

  it('is drawn as no callout when it lies inside', () => {
    const preview = previewPlace(siteFrame(), origin, { name: 'Kabul', coordinates: KABUL }, byCode, langFor('en'));
    expect(preview).toMatchObject({ inFrame: true, country: { code: 'AFG' } });
    expect(preview.callout).toBeUndefined();
  });
});

describe('the analysis a field belongs to', () => {
  const entry = (values: Record<string, unknown>) => ({ getIn: ([key]: string[]) => values[key!] });

  it('is named by the events file’s name', () => {
    expect(analysisSlugOf(entry({ path: 'data/events/taliban-iran-pakistan-2022.json', slug: 'other' }))).toBe(
      'taliban-iran-pakistan-2022',
    );
  });

  it('falls back on the entry’s slug, and is none for an entry with neither', () => {
    expect(analysisSlugOf(entry({ path: '', slug: 'kunar-2022' }))).toBe('kunar-2022');
    expect(analysisSlugOf(entry({ path: '', slug: '' }))).toBeUndefined();
    expect(analysisSlugOf(undefined)).toBeUndefined();
  });
});

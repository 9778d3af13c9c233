import { geoPath } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { compactPath } from './compact-path';
import { polygonsOf } from './contains';
import { regionProjection } from './frame';
import { regionCollection } from './region';

/** A thumbnail's box in CSS pixels, and the room kept round the region inside it. */
export const THUMBNAIL = { width: 96, height: 64, padding: 3 } as const;

/** Islands smaller than this, in square pixels, would draw as specks: they are left out. */
const SMALLEST_AREA = 2;

/** A country's polygons one by one, so that each can be kept or left out. */
const piecesOf = (country: Feature): Polygon[] =>
  polygonsOf(country.geometry).map((coordinates) => ({ type: 'Polygon', coordinates }));

const drawn = new Map<string, string>();

/**
 * A region's countries as one path in a thumbnail's box, from the same Natural Earth shapes and
 * projection as its map: whole pixels, points closer than a pixel and a half dropped and specks
 * left out, so that each thumbnail stays well under 1.5 KB beside every analysis in a list.
 */
export function regionThumbnail(countries: Map<string, Feature>, region: string[]): string {
  const key = [...region].sort().join(' ');
  let d = drawn.get(key);
  if (d === undefined) {
    const collection = regionCollection(countries, region);
    const { width, height, padding } = THUMBNAIL;
    const projection = regionProjection(collection).fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      collection,
    );
    const area = geoPath(projection).area;
    const path = compactPath(projection, { digits: 0, minDistance: 1.5 });
    d = collection.features
      .flatMap(piecesOf)
      .filter((polygon) => area(polygon) >= SMALLEST_AREA)
      .map(path)
      .join('');
    drawn.set(key, d);
  }
  return d;
}

import { z } from 'astro/zod';

const quote = (value: unknown) => JSON.stringify(value);

/** A stable, readable id: lowercase words joined by hyphens. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) => `got ${quote(issue.input)}; use lowercase words joined by hyphens, e.g. "kunar-rocket-exchange"`,
});

const longitude = z
  .number()
  .min(-180, 'longitude is below -180; coordinates are [longitude, latitude] in degrees')
  .max(180, 'longitude is above 180; coordinates are [longitude, latitude] in degrees');
const latitude = z
  .number()
  .min(-90, 'latitude is below -90; coordinates are [longitude, latitude] in degrees')
  .max(90, 'latitude is above 90; coordinates are [longitude, latitude] in degrees');

/** [longitude, latitude] in degrees (WGS84), as GeoJSON orders them. */
export const CoordinatesSchema = z.tuple([longitude, latitude], {
  error: 'coordinates must be [longitude, latitude], two numbers',
});

/** Two ISO alpha-3 codes joined by a hyphen, in alphabetical order, e.g. "AFG-PAK". */
export const BorderIdSchema = z.string().regex(/^[A-Z]{3}-[A-Z]{3}$/, {
  error: (issue) =>
    `got ${quote(issue.input)}; name a border as two alpha-3 codes in alphabetical order, e.g. "AFG-PAK"`,
});

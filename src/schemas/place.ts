import { z } from 'astro/zod';
import { CountryCodeSchema } from './entity';
import { BorderIdSchema, CoordinatesSchema } from './shared';

/** The place as a reader knows it. */
const PlaceNameSchema = z.string().trim().min(1, 'the place name is empty');
/** True when the place lies outside the map's frame and is shown as a callout at its edge. */
const OffMapSchema = z.boolean().optional();

/** A point on the map. */
export const PointPlaceSchema = z
  .object({
    /** Say "approximate" here when the point is a stand-in. */
    name: PlaceNameSchema,
    /** [longitude, latitude] in degrees (WGS84), as GeoJSON orders them. */
    coordinates: CoordinatesSchema,
    offMap: OffMapSchema,
  })
  .strict();

/** A border between two countries of the region, drawn as a line. */
export const BorderPlaceSchema = z
  .object({
    /** E.g. "the Durand Line". */
    name: PlaceNameSchema,
    /** Two ISO alpha-3 codes joined by a hyphen, alphabetical, e.g. "AFG-PAK". */
    border: BorderIdSchema,
  })
  .strict();

/** A country the reporting names without saying where in it: no point is known. */
export const CountryPlaceSchema = z
  .object({
    /** The country's name, e.g. "Norway". */
    name: PlaceNameSchema,
    /** ISO alpha-3 code of the country, e.g. "NOR"; the map marks the whole country. */
    country: CountryCodeSchema,
    offMap: OffMapSchema,
  })
  .strict();

export const PRECISIONS = ['exact', 'city', 'province', 'approximate', 'country', 'border'] as const;
export type Precision = (typeof PRECISIONS)[number];
type AnyPlace = { name: string; coordinates?: unknown; border?: unknown; country?: unknown } | null;

/** The precision each kind of place allows. */
export function precisionsFor(place: AnyPlace): readonly Precision[] {
  if (place === null) return [];
  if ('border' in place) return ['border'];
  if ('country' in place) return ['country'];
  return ['exact', 'city', 'province', 'approximate'];
}

export const placeKind = (place: AnyPlace) =>
  place === null ? 'no place' : 'border' in place ? 'a border' : 'country' in place ? 'a country' : 'a point';

/** Where an event happened: a point, a border or a whole country; null for a timeline-only event. */
export const PlaceSchema = z.union([PointPlaceSchema, BorderPlaceSchema, CountryPlaceSchema]).nullable();

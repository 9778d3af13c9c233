import type { z } from 'astro/zod';
import { isInFrame, type Frame } from '../geo/frame';
import type { CountryPlaceSchema, PointPlaceSchema } from '../../schemas/place';

type PointPlace = z.infer<typeof PointPlaceSchema>;
type CountryPlace = z.infer<typeof CountryPlaceSchema>;

/** Coordinates are kept to two decimals (about a kilometre), as the events files write them. */
export const roundCoordinate = (value: number) => Math.round(value * 100) / 100;

/** A point of the map (in map units) as rounded [longitude, latitude]; undefined off the globe. */
export function coordinatesAt(frame: Frame, point: [number, number]): [number, number] | undefined {
  const found = frame.projection.invert?.(point);
  if (!found || !Number.isFinite(found[0]) || !Number.isFinite(found[1])) return undefined;
  return [roundCoordinate(found[0]), roundCoordinate(found[1])];
}

/** Where coordinates fall on the map, and whether inside the frame as the content check tells it. */
export function pointOf(frame: Frame, coordinates: [number, number]): { x: number; y: number; inFrame: boolean } {
  const point = frame.projection(coordinates);
  if (!point) return { x: NaN, y: NaN, inFrame: false };
  return { x: point[0], y: point[1], inFrame: isInFrame(frame, point) };
}

/**
 * A point place as the events file holds it: `offMap` exactly when the point lies beyond the
 * frame, which the content check asks of every place (lib/check/check-places.ts).
 */
export function pointPlace(frame: Frame, name: string, coordinates: [number, number]): PointPlace {
  const rounded: [number, number] = [roundCoordinate(coordinates[0]), roundCoordinate(coordinates[1])];
  const place: PointPlace = { name, coordinates: rounded };
  if (!pointOf(frame, rounded).inFrame) place.offMap = true;
  return place;
}

/** A whole country as a place, `offMap` when its stand-in point lies beyond the frame. */
export function countryPlace(name: string, country: string, inFrame: boolean): CountryPlace {
  return inFrame ? { name, country } : { name, country, offMap: true };
}

/**
 * The analysis an events file belongs to, from the entry the CMS is editing: its file's name
 * (`data/events/<slug>.json`), else the entry's slug; undefined for an entry not yet saved.
 */
export function analysisSlugOf(entry: { getIn: (path: string[]) => unknown } | undefined): string | undefined {
  const path = entry?.getIn(['path']);
  const fromPath = typeof path === 'string' ? /([^/]+)\.json$/.exec(path)?.[1] : undefined;
  const slug = entry?.getIn(['slug']);
  const found = fromPath ?? (typeof slug === 'string' ? slug : undefined);
  return found && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(found) ? found : undefined;
}

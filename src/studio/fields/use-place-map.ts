import { useEffect, useMemo, useState } from 'react';
import type { Frame } from '../../lib/geo/frame';
import { frameFromParameters } from '../../lib/studio/frame-parameters';
import type { FieldMap, PlacePreview, SuggestedCountry } from '../../lib/studio/map-field-types';

/** An answer of the studio's server, or the error it gave. */
type Loaded<T> = { value?: T; error?: string };

async function ask<T>(address: string, signal: AbortSignal): Promise<Loaded<T>> {
  const response = await fetch(address, { signal });
  const body = (await response.json()) as T & { error?: string };
  return response.ok
    ? { value: body }
    : { error: body.error ?? `${address}: the studio's server answered ${response.status}` };
}

const failed = (error: unknown): Loaded<never> =>
  error instanceof DOMException && error.name === 'AbortError' ? {} : { error: String(error) };

/** The analysis's map from the studio's server (GET /studio/api/map/), with its frame set again. */
export function useFieldMap(slug: string | undefined): Loaded<{ map: FieldMap; frame: Frame }> {
  const [loaded, setLoaded] = useState<Loaded<FieldMap>>({});
  useEffect(() => {
    if (!slug) return;
    const abort = new AbortController();
    ask<FieldMap>(`/studio/api/map/?slug=${encodeURIComponent(slug)}`, abort.signal)
      .then(setLoaded, (error: unknown) => setLoaded(failed(error)))
      .catch(() => undefined);
    return () => abort.abort();
  }, [slug]);
  return useMemo(() => {
    const map = loaded.value;
    if (!map) return loaded.error ? { error: loaded.error } : {};
    return { value: { map, frame: frameFromParameters(map.frame) } };
  }, [loaded]);
}

/** What the studio asks the server about a place: its point, or a whole country. */
export type PlaceQuery = { name: string; coordinates: [number, number] } | { name: string; country: string };

/**
 * How the place will show on the map (GET /studio/api/map/place/): the country under it, and the
 * callout it becomes beyond the frame. Asked again a moment after the place stops changing.
 */
export function usePlacePreview(slug: string | undefined, query: PlaceQuery | undefined): Loaded<PlacePreview> {
  const [preview, setPreview] = useState<Loaded<PlacePreview>>({});
  const key = JSON.stringify(query ?? null);
  useEffect(() => {
    if (!slug || !query) {
      setPreview({});
      return;
    }
    const params = new URLSearchParams({ slug, name: query.name });
    if ('country' in query) params.set('country', query.country);
    else {
      params.set('lon', String(query.coordinates[0]));
      params.set('lat', String(query.coordinates[1]));
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      ask<PlacePreview>(`/studio/api/map/place/?${params}`, abort.signal)
        .then(setPreview, (error: unknown) => setPreview(failed(error)))
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
    // The query is compared by its content (`key`), not by the object that carries it.
  }, [slug, key]);
  return preview;
}

/** The country under a point (GET /studio/api/map/country/), for a map click in country mode. */
export async function countryUnder(slug: string, [lon, lat]: [number, number]): Promise<SuggestedCountry | null> {
  const params = new URLSearchParams({ slug, lon: String(lon), lat: String(lat) });
  const answer = await ask<{ country: SuggestedCountry | null }>(
    `/studio/api/map/country/?${params}`,
    new AbortController().signal,
  );
  if (answer.error) throw new Error(answer.error);
  return answer.value?.country ?? null;
}

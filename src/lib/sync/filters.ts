import type { SyncData } from './sync-data';

/** The reader's filter: an empty set means "all". */
export interface Filters {
  entities: Set<string>;
  kinds: Set<string>;
}

export const NO_FILTERS: Filters = { entities: new Set(), kinds: new Set() };

const valuesOf = (params: URLSearchParams, key: string, known: string[]) =>
  new Set(
    params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim().toLowerCase())
      .filter((value) => known.includes(value)),
  );

/** Reads `?entity=iran&kind=clash,diplomacy`; unknown or malformed values are ignored. */
export function parseFilters(search: string, data: Pick<SyncData, 'entities' | 'kinds'>): Filters {
  const params = new URLSearchParams(search.length > 2000 ? '' : search);
  return { entities: valuesOf(params, 'entity', data.entities), kinds: valuesOf(params, 'kind', data.kinds) };
}

/** The query string for a filter, keeping any other parameters; "" when nothing is filtered. */
export function writeFilters(search: string, filters: Filters): string {
  const params = new URLSearchParams(search);
  params.delete('entity');
  params.delete('kind');
  if (filters.entities.size > 0) params.set('entity', [...filters.entities].sort().join(','));
  if (filters.kinds.size > 0) params.set('kind', [...filters.kinds].sort().join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

export const isFiltering = (filters: Filters) => filters.entities.size > 0 || filters.kinds.size > 0;

/** Whether an event passes the filter: any of its entities, and its kind, when those are set. */
export function isShown(event: { entities: string[]; kind: string }, filters: Filters): boolean {
  const entityOk = filters.entities.size === 0 || event.entities.some((entity) => filters.entities.has(entity));
  const kindOk = filters.kinds.size === 0 || filters.kinds.has(event.kind);
  return entityOk && kindOk;
}

/** Toggles one value in one dimension of a filter. */
export function toggle(filters: Filters, dimension: keyof Filters, value: string): Filters {
  const next = new Set(filters[dimension]);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return { ...filters, [dimension]: next };
}

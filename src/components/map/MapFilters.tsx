import type { Filters } from '../../lib/sync/filters';
import { isFiltering } from '../../lib/sync/filters';
import type { SyncData } from '../../lib/sync/sync-data';
import type { EventKind } from '../../schemas/event';

interface Props {
  /** The analysis's entities (with their names in the page's edition), its kinds and the page's words. */
  data: Pick<SyncData, 'entities' | 'entityNames' | 'kinds' | 'words'>;
  filters: Filters;
  onToggle: (dimension: keyof Filters, value: string) => void;
  onClear: () => void;
  /** "Showing 9 of 23 events: Iran", or undefined when nothing is filtered. */
  summary?: string;
  /**
   * A copy the build writes into the page, unseen, to keep the filters' room above the map until
   * the island has woken and written them (the page's `map-filters-slot`).
   */
  room?: boolean;
}

/** Toggle buttons for entities and kinds; the choice lives in the address so it can be shared. */
export default function MapFilters({
  data: { entities, entityNames, kinds, words },
  filters,
  onToggle,
  onClear,
  summary,
  room = false,
}: Props) {
  const group = (
    label: string,
    spoken: string,
    dimension: keyof Filters,
    values: string[],
    name: (value: string) => string,
  ) => (
    <div className="filter-group" role="group" aria-label={spoken}>
      <span className="filter-label" aria-hidden="true">
        {label}:
      </span>
      {values.map((value) => (
        <button
          key={value}
          type="button"
          className="filter-button"
          aria-pressed={filters[dimension].has(value)}
          data-filter={`${dimension}:${value}`}
          onClick={() => onToggle(dimension, value)}
        >
          {name(value)}
        </button>
      ))}
    </div>
  );
  return (
    <div className={room ? 'map-filters-copy' : 'map-filters'}>
      {group(words.actors, words.filterActors, 'entities', entities, (entity) => entityNames[entity] ?? entity)}
      {group(words.kinds, words.filterKinds, 'kinds', kinds, (kind) => words.kindNames[kind as EventKind])}
      {isFiltering(filters) && (
        <p className="filter-summary">
          {summary}{' '}
          <button type="button" className="filter-clear" onClick={onClear}>
            {words.clear}
          </button>
        </p>
      )}
    </div>
  );
}

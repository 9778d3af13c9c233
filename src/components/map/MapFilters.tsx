import type { Filters } from '../../lib/sync/filters';
import { isFiltering } from '../../lib/sync/filters';
import { capitalise } from '../../lib/text';
import { KIND_LABELS } from './symbols';

interface Props {
  entities: string[];
  kinds: (keyof typeof KIND_LABELS)[];
  filters: Filters;
  onToggle: (dimension: keyof Filters, value: string) => void;
  onClear: () => void;
  /** "Showing 9 of 23 events", or undefined when nothing is filtered. */
  summary?: string;
}

/** Toggle buttons for entities and kinds; the choice lives in the address so it can be shared. */
export default function MapFilters({ entities, kinds, filters, onToggle, onClear, summary }: Props) {
  const group = (label: string, dimension: keyof Filters, values: string[], name: (value: string) => string) => (
    <div className="filter-group" role="group" aria-label={label}>
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
    <div className="map-filters">
      {group('Actors', 'entities', entities, capitalise)}
      {group('Kinds', 'kinds', kinds, (kind) => KIND_LABELS[kind as keyof typeof KIND_LABELS])}
      {isFiltering(filters) && (
        <p className="filter-summary">
          {summary}{' '}
          <button type="button" className="filter-clear" onClick={onClear}>
            Clear filters
          </button>
        </p>
      )}
    </div>
  );
}

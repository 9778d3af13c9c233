import type { BorderModel } from '../../lib/geo/map-model';

/** A border between two countries of the region: a link to the passage about it. */
export default function MapBorder({ border }: { border: BorderModel }) {
  return (
    <a
      id={border.anchor}
      href={border.href}
      className="map-border"
      data-border={border.id}
      data-entities={border.entities.join(' ')}
      aria-label={border.accessibleName}
    >
      <path className="border-hit" d={border.d} />
      <path className="border-line" d={border.d} />
    </a>
  );
}

import type { MarkerModel } from '../../lib/geo/map-model';
import { KIND_SYMBOLS } from './symbols';

/** A marker: a real link to its passage (or, for several events, to the list of them). */
export default function MapMarker({ marker }: { marker: MarkerModel }) {
  const grouped = marker.kind === 'group';
  const classes = [
    'map-marker',
    `kind-${marker.kind}`,
    marker.approximate && 'is-approximate',
    marker.country && 'is-country',
    marker.hedged && 'is-hedged',
  ];
  return (
    <a
      id={marker.anchor}
      href={marker.href}
      data-entities={marker.entities.join(' ')}
      className={classes.filter(Boolean).join(' ')}
      aria-label={marker.accessibleName}
      {...(grouped ? { 'data-events': marker.events.join(' ') } : { 'data-event': marker.events[0] })}
    >
      <g transform={`translate(${marker.x} ${marker.y})`}>
        <circle className="marker-hit" r={14} />
        <circle className="marker-focus" r={15} />
        {marker.approximate && <circle className="marker-approximate" r={11} />}
        {marker.country && <rect className="marker-country" x={-10.5} y={-10.5} width={21} height={21} rx={4} />}
        {grouped ? (
          <>
            <circle className="marker-symbol" r={9} />
            <text className="marker-count" y={3.6}>
              {marker.events.length}
            </text>
          </>
        ) : (
          <path className="marker-symbol" d={KIND_SYMBOLS[marker.kind as keyof typeof KIND_SYMBOLS]} />
        )}
        <text className="marker-number" x={12} y={-9}>
          {marker.number}
        </text>
      </g>
    </a>
  );
}

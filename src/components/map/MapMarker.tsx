import type { MarkerModel } from '../../lib/geo/map-model';
import { focusRingRadius, MAP_TEXT, MARKER } from '../../lib/geo/symbol-metrics';
import CountrySquare from './CountrySquare';
import MarkerLeader from './MarkerLeader';
import { KIND_SYMBOLS } from './symbols';

/**
 * A marker: a real link to its passage (or, for several events, to the list of them). Its hit
 * area is its share of the room round it, computed at build time (see lib/geo/hit-areas.ts).
 */
export default function MapMarker({ marker, numbers }: { marker: MarkerModel; numbers: Intl.NumberFormat }) {
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
        <path className="marker-hit" d={marker.hit} />
        <MarkerLeader marker={marker} />
        <circle className="marker-focus" r={focusRingRadius(marker)} />
        {marker.approximate && <circle className="marker-approximate" r={MARKER.approximateRing} />}
        {marker.country && <CountrySquare />}
        {grouped ? (
          <>
            <circle className="marker-symbol" r={MARKER.groupDisc} />
            <text className="marker-count" y={MARKER.groupCount} fontSize={MAP_TEXT}>
              {numbers.format(marker.count ?? marker.events.length)}
            </text>
          </>
        ) : (
          <path className="marker-symbol" d={KIND_SYMBOLS[marker.kind as keyof typeof KIND_SYMBOLS]} />
        )}
        <text className="marker-number" x={MARKER.number.x} y={MARKER.number.y}>
          {numbers.format(marker.number)}
        </text>
      </g>
    </a>
  );
}

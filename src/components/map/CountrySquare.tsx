import { MARKER } from '../../lib/geo/symbol-metrics';

/** The dotted square that marks a whole country named without a place, on the map and in its legend. */
export default function CountrySquare({ className = 'marker-country' }: { className?: string }) {
  const half = MARKER.countrySquare;
  return (
    <rect className={className} x={-half} y={-half} width={2 * half} height={2 * half} rx={MARKER.countryCorner} />
  );
}

import { useEffect, useState } from 'react';

/** A coordinate as typed: kept as text until it reads as a number in range. */
function useTyped(value: number | undefined) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  return [text, setText] as const;
}

/**
 * Longitude and latitude typed rather than clicked: the map is not the only way to set a point,
 * and a place beyond the frame can only be set here. Numbers read left to right in any language.
 */
export function CoordinateInputs({
  id,
  coordinates,
  onChange,
}: {
  id: string;
  coordinates: [number, number] | undefined;
  onChange: (coordinates: [number, number]) => void;
}) {
  const [lon, setLon] = useTyped(coordinates?.[0]);
  const [lat, setLat] = useTyped(coordinates?.[1]);
  const commit = (nextLon: string, nextLat: string) => {
    const [x, y] = [Number(nextLon), Number(nextLat)];
    if (nextLon.trim() && nextLat.trim() && Math.abs(x) <= 180 && Math.abs(y) <= 90) onChange([x, y]);
  };
  return (
    <p className="place-field-coordinates">
      <span>
        <label htmlFor={`${id}-lon`}>Longitude (east +, west −)</label>
        <input
          id={`${id}-lon`}
          type="number"
          dir="ltr"
          inputMode="decimal"
          step="0.01"
          min={-180}
          max={180}
          value={lon}
          onChange={(event) => {
            setLon(event.target.value);
            commit(event.target.value, lat);
          }}
        />
      </span>
      <span>
        <label htmlFor={`${id}-lat`}>Latitude (north +, south −)</label>
        <input
          id={`${id}-lat`}
          type="number"
          dir="ltr"
          inputMode="decimal"
          step="0.01"
          min={-90}
          max={90}
          value={lat}
          onChange={(event) => {
            setLat(event.target.value);
            commit(lon, event.target.value);
          }}
        />
      </span>
    </p>
  );
}

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
      <Degree
        id={`${id}-lon`}
        label="Longitude (east +, west −)"
        limit={180}
        text={lon}
        onText={(text) => {
          setLon(text);
          commit(text, lat);
        }}
      />
      <Degree
        id={`${id}-lat`}
        label="Latitude (north +, south −)"
        limit={90}
        text={lat}
        onText={(text) => {
          setLat(text);
          commit(lon, text);
        }}
      />
    </p>
  );
}

/** One coordinate's input, in degrees between −limit and limit. */
function Degree(props: { id: string; label: string; limit: number; text: string; onText: (text: string) => void }) {
  return (
    <span>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        dir="ltr"
        inputMode="decimal"
        step="0.01"
        min={-props.limit}
        max={props.limit}
        value={props.text}
        onChange={(event) => props.onText(event.target.value)}
      />
    </span>
  );
}

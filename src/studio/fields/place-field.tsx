import { useEffect, useState } from 'react';
import type { z } from 'astro/zod';
import { precisionsFor, type PlaceSchema } from '../../schemas/place';
import {
  analysisSlugOf,
  coordinatesAt,
  countryPlace,
  pointOf,
  pointPlace,
  roundCoordinate,
} from '../../lib/studio/place-value';
import { plain } from '../drafts';
import { CoordinateInputs } from './coordinate-inputs';
import { PlaceMap } from './place-map';
import { PlacePrecisions } from './place-precisions';
import type { FieldProps } from './types';
import { countryUnder, useFieldMap, usePlacePreview, type PlaceQuery } from './use-place-map';
import './place-field.css';

type Place = z.infer<typeof PlaceSchema>;
type Kind = 'point' | 'country' | 'border' | 'none';

const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'point', label: 'A point on the map' },
  { kind: 'country', label: 'A whole country' },
  { kind: 'border', label: 'A border the map draws' },
  { kind: 'none', label: 'No place: timeline only' },
];

const kindOf = (place: Place | undefined): Kind | undefined =>
  place === undefined
    ? undefined
    : place === null
      ? 'none'
      : 'border' in place
        ? 'border'
        : 'country' in place
          ? 'country'
          : 'point';

const degrees = ([lon, lat]: [number, number]) =>
  `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`;

/**
 * Where an event happened, placed on the analysis's own map (drawn as the site draws it, nothing
 * asked of any other server): a click or the coordinate inputs set the point, the country under
 * it is offered, and a point beyond the frame is shown as the callout the site will draw.
 */
export function PlaceField({ value, onChange, forID, entry }: FieldProps<Place>) {
  // A new event's place comes as an empty string (the CMS's empty value), and an event without
  // place either as null or, where the CMS dropped it, as nothing: neither is a place yet.
  const given = plain<Place | string | undefined>(value);
  const place = given === '' || (given !== null && typeof given !== 'object') ? undefined : given;
  const slug = analysisSlugOf(entry);
  const loaded = useFieldMap(slug);
  const [chosen, setChosen] = useState<Kind>();
  const [draftName, setDraftName] = useState('');
  const [error, setError] = useState<string>();
  const kind = chosen ?? kindOf(place) ?? 'point';
  const name = place?.name ?? draftName;
  const query: PlaceQuery | undefined =
    place && 'coordinates' in place ? place : place && 'country' in place ? place : undefined;
  const preview = usePlacePreview(slug, query);
  const frame = loaded.value?.frame;
  const coordinates = place && 'coordinates' in place ? place.coordinates : undefined;
  const point =
    frame &&
    (coordinates
      ? pointOf(frame, coordinates)
      : preview.value && query
        ? pointOf(frame, preview.value.coordinates)
        : undefined);
  const suggested = preview.value?.country;
  useEffect(() => setChosen(undefined), [value]);

  const setPoint = (at: [number, number]) => frame && onChange(pointPlace(frame, name, at));
  const setKind = (next: Kind) => {
    setChosen(next);
    if (next === 'none') onChange(null);
    if (next === 'point' && preview.value && frame) onChange(pointPlace(frame, name, preview.value.coordinates));
    if (next === 'country' && suggested)
      onChange(countryPlace(name || suggested.name, suggested.code, suggested.inFrame));
    const border = loaded.value?.map.borders[0];
    if (next === 'border' && border) onChange({ name: border.name, border: border.id });
  };
  const rename = (text: string) => {
    setDraftName(text);
    if (place) onChange({ ...place, name: text });
  };
  const pick = (at: [number, number]) => {
    const lonLat = frame && coordinatesAt(frame, at);
    if (!lonLat || !slug) return;
    if (kind === 'point') return setPoint(lonLat);
    if (kind !== 'country') return;
    countryUnder(slug, lonLat).then(
      (found) =>
        found
          ? onChange(countryPlace(name || found.name, found.code, found.inFrame))
          : setError('No country under that point: it is at sea.'),
      (failure: unknown) => setError(String(failure)),
    );
  };
  const nudge = (east: number, north: number) => {
    const [lon, lat] = coordinates ?? preview.value?.coordinates ?? [0, 0];
    if (kind === 'point')
      setPoint([roundCoordinate(lon + east), roundCoordinate(Math.max(-90, Math.min(90, lat + north)))]);
  };

  const shown = coordinates ?? preview.value?.coordinates;
  const where = !query
    ? kind === 'point'
      ? 'No point yet: click the map, or type the coordinates.'
      : ''
    : !shown || !point
      ? ''
      : `${degrees(shown)}: ${point.inFrame ? 'inside the map' : 'beyond the map'}.`;
  const callout = preview.value?.callout;
  const description = loaded.value ? `Map of the analysis ${slug}; the place is ${where || 'not set'}` : 'Map';
  return (
    <div className="place-field" data-studio-field="place">
      <fieldset>
        <legend>What kind of place</legend>
        {KINDS.map((option) => (
          <label key={option.kind} className="place-field-choice">
            <input
              type="radio"
              name={`${forID}-kind`}
              checked={kind === option.kind}
              onChange={() => setKind(option.kind)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {kind === 'none' && (
        <p className="place-field-note">
          The event shows on the timeline only: also tick “On the timeline only”, and leave the precision empty.
        </p>
      )}
      {kind !== 'none' && (
        <p>
          <label htmlFor={forID}>Name of the place, as the article writes it</label>
          <input id={forID} type="text" dir="auto" value={name} onChange={(event) => rename(event.target.value)} />
        </p>
      )}
      {kind === 'point' && frame && <CoordinateInputs id={forID} coordinates={coordinates} onChange={setPoint} />}
      {kind === 'country' && (
        <p>
          <label htmlFor={`${forID}-country`}>Country (ISO alpha-3 code)</label>
          <input
            id={`${forID}-country`}
            type="text"
            dir="ltr"
            size={4}
            maxLength={3}
            pattern="[A-Z]{3}"
            value={place && 'country' in place ? place.country : ''}
            onChange={(event) =>
              onChange(countryPlace(name, event.target.value.toUpperCase(), preview.value?.inFrame ?? true))
            }
          />
        </p>
      )}
      {kind === 'border' && loaded.value && (
        <p>
          <label htmlFor={`${forID}-border`}>Border</label>
          <select
            id={`${forID}-border`}
            value={place && 'border' in place ? place.border : ''}
            onChange={(event) => onChange({ name: name || event.target.value, border: event.target.value })}
          >
            {loaded.value.map.borders.map((border) => (
              <option key={border.id} value={border.id}>{`${border.name} (${border.id})`}</option>
            ))}
          </select>
        </p>
      )}
      {!slug && (
        <p className="place-field-note">
          Save the events file once under its analysis’s slug: the map is the analysis’s own.
        </p>
      )}
      {loaded.error && (
        <p className="place-field-error" role="alert">
          {loaded.error}
        </p>
      )}
      {loaded.value && kind !== 'none' && (
        <figure>
          <PlaceMap
            map={loaded.value.map}
            id={forID}
            point={point}
            preview={preview.value}
            onPick={pick}
            onNudge={nudge}
            description={description}
          />
          <figcaption id={`${forID}-map-help`}>
            {kind === 'point'
              ? 'Click to set the point; with the map focused, arrow keys move it (Shift: farther).'
              : kind === 'country'
                ? 'Click a country to choose it.'
                : 'The map the place will appear on.'}
          </figcaption>
        </figure>
      )}
      <div className="place-field-status" role="status" aria-live="polite">
        {where && <p>{where}</p>}
        {callout && (
          <p>
            The map will show it as a callout at its {callout.edge} edge: “{callout.label}”, {callout.distance} from{' '}
            {loaded.value?.map.origin}.
          </p>
        )}
        {kind === 'point' && suggested && (
          <p>
            Under the point: {suggested.name} ({suggested.code}).{' '}
            <button
              type="button"
              onClick={() => onChange(countryPlace(suggested.name, suggested.code, suggested.inFrame))}
            >
              Place the event in {suggested.name} as a whole country
            </button>
          </p>
        )}
        {error && <p className="place-field-error">{error}</p>}
        {preview.error && <p className="place-field-error">{preview.error}</p>}
      </div>
      <PlacePrecisions allowed={place === undefined ? [] : precisionsFor(place)} id={`${forID}-precisions`} />
    </div>
  );
}

export default PlaceField;

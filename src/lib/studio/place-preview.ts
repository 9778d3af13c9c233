import type { Feature } from 'geojson';
import { calloutBox, calloutEdgeLimits } from '../geo/callouts';
import { readerName } from '../geo/country-names';
import { isInFrame, type Frame } from '../geo/frame';
import { placeInsetCircle } from '../geo/inset';
import { countryPoint } from '../geo/locate';
import { groupLabel } from '../geo/markers';
import { bearingDegrees, compassPoint, edgePoint, formatDistance, spreadAlong } from '../geo/offmap';
import { countryNear } from '../geo/place-country';
import { roundToTenth } from '../geo/place-markers';
import { placeScaleBar } from '../geo/scale-bar';
import type { Lang } from '../i18n/lang';
import type { CalloutPreview, PlacePreview, SuggestedCountry } from './map-field-types';

/** Where a place is measured from: the analysis's first capital. */
export interface Origin {
  name: string;
  coordinates: [number, number];
}

/** Callouts keep this far from the frame's corners (as lib/geo/callouts.ts places them). */
const EDGE_MARGIN = 4;
/** How far in from the frame's edge the arrow's tip sits (as placeCallouts asks edgePoint). */
const EDGE_INSET = 6;

const inFrameAt = (frame: Frame, coordinates: [number, number]) => {
  const point = frame.projection(coordinates);
  return point !== null && isInFrame(frame, point);
};

/**
 * The country under a point by the lookup the site uses to place markers in countries (Natural
 * Earth's shapes, and the nearest within about 30 km for a point just off a coast), with the
 * name the site's map gives it; undefined at sea or for a shape the map leaves unnamed.
 */
export function suggestCountry(
  frame: Frame,
  coordinates: [number, number],
  byCode: Map<string, Feature>,
): SuggestedCountry | undefined {
  const code = countryNear(coordinates, byCode);
  const shape = code ? byCode.get(code) : undefined;
  const name = shape ? readerName((shape.properties as { name: string }).name) : undefined;
  if (!code || !shape || !name) return undefined;
  return { code, name, inFrame: inFrameAt(frame, countryPoint(shape)) };
}

/**
 * The arrow a place beyond the frame becomes: at the edge where the line from the origin to the
 * place leaves the frame, kept clear of the corners, the globe and the scale bar, labelled with
 * the place's name and its distance (for a whole country, its direction only), in the edition's
 * words. Alone on its edge, as the studio shows one place at a time.
 */
export function previewCallout(
  frame: Frame,
  origin: Origin,
  place: { name: string; coordinates: [number, number]; country: boolean; approximate: boolean },
  lang: Lang,
): CalloutPreview {
  const from = frame.projection(origin.coordinates)!;
  const { point, angle, edge } = edgePoint(frame, from, frame.projection(place.coordinates)!, EDGE_INSET);
  const label = groupLabel({ name: place.name, approximate: place.approximate, country: place.country }, lang.words);
  const distance = place.country
    ? compassPoint(bearingDegrees(origin.coordinates, place.coordinates), lang.words)
    : formatDistance(origin.coordinates, place.coordinates, lang);
  const placed = { x: point[0], y: point[1], edge, label, distance };
  const horizontal = edge === 'top' || edge === 'bottom';
  const box = calloutBox(placed);
  const limits = calloutEdgeLimits(frame, placeInsetCircle(frame), placeScaleBar(frame, lang))[edge];
  const [along] = spreadAlong(
    [horizontal ? placed.x : placed.y],
    [horizontal ? box.width : box.height],
    EDGE_MARGIN,
    ...limits,
  );
  const x = roundToTenth(horizontal ? along! : placed.x);
  const y = roundToTenth(horizontal ? placed.y : along!);
  return { x, y, angle: roundToTenth(angle), edge, label, distance, box: calloutBox({ ...placed, x, y }) };
}

/** A place as the analysis's map will show it: its point, the country under it, and its callout if beyond the frame. */
export function previewPlace(
  frame: Frame,
  origin: Origin,
  place: { name: string; coordinates: [number, number] } | { name: string; country: string },
  byCode: Map<string, Feature>,
  lang: Lang,
  approximate = false,
): PlacePreview {
  const isCountry = 'country' in place;
  const shape = isCountry ? byCode.get(place.country) : undefined;
  if (isCountry && !shape) {
    throw new Error(
      `place.country: got "${place.country}", which Natural Earth does not know; use an ISO alpha-3 code such as "IRN"`,
    );
  }
  const coordinates = isCountry ? countryPoint(shape!) : place.coordinates;
  const [x, y] = frame.projection(coordinates) ?? [NaN, NaN];
  const inFrame = inFrameAt(frame, coordinates);
  const country = suggestCountry(frame, coordinates, byCode);
  const name = place.name.trim() || (country?.name ?? '');
  return {
    coordinates,
    inFrame,
    x: roundToTenth(x),
    y: roundToTenth(y),
    ...(country ? { country } : {}),
    ...(inFrame
      ? {}
      : { callout: previewCallout(frame, origin, { name, coordinates, country: isCountry, approximate }, lang) }),
  };
}

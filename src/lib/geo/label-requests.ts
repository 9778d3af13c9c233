import { geoPath } from 'd3-geo';
import type { LinkedEvent } from '../content/link-events';
import type { ProjectedCountry } from './country-shapes';
import type { Frame } from './frame';
import { countryLabelCandidates } from './label-geometry';
import { around, type LabelRequest } from './labels';
import type { MapModel, PlacedMarker } from './map-types';
import { groupLabel, type PlaceGroup } from './markers';
import type { Words } from '../i18n/words/en';
import { CAPITAL_CLEARANCE, MAP_TEXT, markerClearance } from './symbol-metrics';

/** Font sizes of the map's labels, by what they name: never under the map's text size. */
export const LABEL_FONT_SIZE = { country: MAP_TEXT, capital: MAP_TEXT, place: MAP_TEXT, neighbour: MAP_TEXT } as const;

/** A neighbour is named only where its part of the frame could hold a name (square map units). */
const NEIGHBOUR_MIN_AREA = 2500;

/** What the labels name: the countries, capitals and places the map shows. */
export interface Labelled {
  shapes: ProjectedCountry[];
  capitals: MapModel['capitals'];
  markers: PlacedMarker[];
  groups: PlaceGroup<LinkedEvent>[];
  frame: Frame;
  /** The edition's words, for the labels' "(approx.)" and "(country)". */
  words: Pick<Words, 'map'>;
}

/** The countries the map names (see country-names.ts), with the name it gives them. */
const named = (shapes: ProjectedCountry[]) =>
  shapes.flatMap(({ feature, shape }) => (shape.name ? [{ feature, shape: { ...shape, name: shape.name } }] : []));

/** The region's countries by name, at `fontSize`, each centred in its largest part. */
export function regionRequests(
  { shapes, frame }: Pick<Labelled, 'shapes' | 'frame'>,
  fontSize: number,
): LabelRequest[] {
  return named(shapes)
    .filter(({ shape }) => shape.inRegion)
    .map(({ feature, shape }) => ({
      id: `country-${shape.code}`,
      text: shape.name,
      fontSize,
      role: 'country',
      weight: 'bold' as const,
      candidates: countryLabelCandidates(feature, frame, shape.name, fontSize, 'bold'),
    }));
}

/**
 * A capital's name goes round its marker where it has one, else round its square. A marker moved
 * off its place keeps a line to it, or stays within a few units of it (see spreadMarkers).
 */
const markerAt = (markers: PlacedMarker[], { x, y }: { x: number; y: number }) =>
  markers.find(({ leader, ...drawn }) => Math.hypot((leader ?? drawn).x - x, (leader ?? drawn).y - y) < 4);

function capitalRequests({ capitals, markers }: Labelled): LabelRequest[] {
  return capitals.map((capital) => {
    const marker = markerAt(markers, capital);
    const { x, y } = marker ?? capital;
    const clearance = marker ? markerClearance(marker) : CAPITAL_CLEARANCE;
    return {
      id: `capital-${capital.name}`,
      text: capital.name,
      fontSize: LABEL_FONT_SIZE.capital,
      role: 'capital',
      candidates: around([x, y], clearance, LABEL_FONT_SIZE.capital),
      leader: { x, y, clearance },
    };
  });
}

function placeRequests({ capitals, markers, groups, words }: Labelled): LabelRequest[] {
  // A capital's label already names the marker on it; the country's own label names a marker
  // that gathers all its places.
  const named = new Set(capitals.map((capital) => markerAt(markers, capital)?.key ?? ''));
  const groupOf = (key: string) => groups.find((group) => group.key === key)!;
  return markers
    .filter((marker) => !named.has(marker.key) && !groupOf(marker.key).gathered)
    .map((marker) => ({
      id: `place-${marker.key}`,
      text: groupLabel(groupOf(marker.key), words),
      fontSize: LABEL_FONT_SIZE.place,
      role: 'place',
      candidates: around([marker.x, marker.y], markerClearance(marker), LABEL_FONT_SIZE.place),
      leader: { x: marker.x, y: marker.y, clearance: markerClearance(marker) },
    }));
}

/** A neighbour's name, which the map may leave out where its sliver of the frame has no room. */
export const isNeighbourLabel = (id: string) => id.startsWith('neighbour-');

function neighbourRequests({ shapes, frame }: Labelled): LabelRequest[] {
  const path = geoPath(frame.projection);
  return named(shapes)
    .filter(({ feature, shape }) => !shape.inRegion && path.area(feature) > NEIGHBOUR_MIN_AREA)
    .map(({ feature, shape }) => ({
      id: `neighbour-${shape.code ?? shape.name}`,
      text: shape.name,
      fontSize: LABEL_FONT_SIZE.neighbour,
      role: 'neighbour',
      candidates: countryLabelCandidates(feature, frame, shape.name, LABEL_FONT_SIZE.neighbour, 'regular'),
    }));
}

/**
 * Every label the map would like, in the order they are placed: the region's countries first
 * (their room is the least free), then capitals, event places and muted neighbours.
 */
export function requestLabels(labelled: Labelled): LabelRequest[] {
  return [
    ...regionRequests(labelled, LABEL_FONT_SIZE.country),
    ...capitalRequests(labelled),
    ...placeRequests(labelled),
    ...neighbourRequests(labelled),
  ];
}

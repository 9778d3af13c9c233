import { geoPath } from 'd3-geo';
import type { LinkedEvent } from '../content/link-events';
import type { ProjectedCountry } from './country-shapes';
import type { Frame } from './frame';
import { countryLabelCandidates } from './label-geometry';
import { around, CHARACTER_WIDTH, type LabelRequest } from './labels';
import type { MapModel, MarkerModel } from './map-types';
import { groupLabel, type PlaceGroup } from './markers';
import { CAPITAL_CLEARANCE, markerClearance } from './symbol-metrics';

/** Font sizes of the map's labels, by what they name. */
export const LABEL_FONT_SIZE = { country: 11, capital: 11, place: 10.5, neighbour: 10 } as const;

/** A neighbour is named only where its part of the frame could hold a name (square map units). */
const NEIGHBOUR_MIN_AREA = 2500;

/** What the labels name: the countries, capitals and places the map shows. */
export interface Labelled {
  shapes: ProjectedCountry[];
  capitals: MapModel['capitals'];
  markers: MarkerModel[];
  groups: PlaceGroup<LinkedEvent>[];
  frame: Frame;
}

function regionRequests({ shapes, frame }: Labelled): LabelRequest[] {
  return shapes
    .filter(({ shape }) => shape.inRegion)
    .map(({ feature, shape }) => {
      const text = shape.name.toUpperCase();
      const fontSize = LABEL_FONT_SIZE.country;
      return {
        id: `country-${shape.code}`,
        text,
        fontSize,
        role: 'country',
        widthFactor: CHARACTER_WIDTH.spacedCapitals,
        ignoresSoft: true,
        candidates: countryLabelCandidates(feature, frame, text, fontSize, 4),
      };
    });
}

/** A capital's name goes round its marker where it has one, else round its square. */
const markerAt = (markers: MarkerModel[], { x, y }: { x: number; y: number }) =>
  markers.find((marker) => Math.hypot(marker.x - x, marker.y - y) < 1);

function capitalRequests({ capitals, markers }: Labelled): LabelRequest[] {
  return capitals.map((capital) => {
    const marker = markerAt(markers, capital);
    return {
      id: `capital-${capital.name}`,
      text: capital.name,
      fontSize: LABEL_FONT_SIZE.capital,
      role: 'capital',
      widthFactor: CHARACTER_WIDTH.semibold,
      candidates: around(
        [capital.x, capital.y],
        marker ? markerClearance(marker) : CAPITAL_CLEARANCE,
        LABEL_FONT_SIZE.capital,
      ),
    };
  });
}

function placeRequests({ capitals, markers, groups }: Labelled): LabelRequest[] {
  // A capital's label already names the marker on it.
  const named = new Set(capitals.map((capital) => markerAt(markers, capital)?.key ?? ''));
  return markers
    .filter((marker) => !named.has(marker.key))
    .map((marker) => ({
      id: `place-${marker.key}`,
      text: groupLabel(groups.find((group) => group.key === marker.key)!),
      fontSize: LABEL_FONT_SIZE.place,
      role: 'place',
      candidates: around([marker.x, marker.y], markerClearance(marker), LABEL_FONT_SIZE.place),
    }));
}

function neighbourRequests({ shapes, frame }: Labelled): LabelRequest[] {
  const path = geoPath(frame.projection);
  return shapes
    .filter(({ feature, shape }) => !shape.inRegion && path.area(feature) > NEIGHBOUR_MIN_AREA)
    .map(({ feature, shape }) => ({
      id: `neighbour-${shape.code ?? shape.name}`,
      text: shape.name,
      fontSize: LABEL_FONT_SIZE.neighbour,
      role: 'neighbour',
      ignoresSoft: true,
      candidates: countryLabelCandidates(feature, frame, shape.name, LABEL_FONT_SIZE.neighbour, 2),
    }));
}

/**
 * Every label the map would like, in the order they are placed: the region's countries first
 * (their room is the least free), then capitals, event places and muted neighbours.
 */
export function requestLabels(labelled: Labelled): LabelRequest[] {
  return [
    ...regionRequests(labelled),
    ...capitalRequests(labelled),
    ...placeRequests(labelled),
    ...neighbourRequests(labelled),
  ];
}

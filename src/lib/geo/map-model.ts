import { feature } from 'topojson-client';
import { describeBorders, traceBorderLines } from './border-models';
import { calloutBox, calloutEdgeLimits, placeCallouts } from './callouts';
import { projectCapitals } from './capitals';
import { projectCountryShapes } from './country-shapes';
import { withHitAreas } from './hit-areas';
import { buildInset, placeInsetCircle } from './inset';
import { collectLabelObstacles, lineLabelObstacles } from './label-obstacles';
import { onCountry } from './label-geometry';
import { landBoundaries } from './land-boundaries';
import { isNeighbourLabel, regionRequests, requestLabels } from './label-requests';
import { placeLabels, placeLabelsInTurn } from './place-labels';
import { locateEvent } from './locate';
import type { MapInput, MapModel } from './map-types';
import { groupEventsByPlace } from './markers';
import { listPlaces } from './place-list';
import { projectMarkers } from './place-markers';
import { numberLinks } from './reading-order';
import { countriesByCode } from './region';
import { placeScaleBar } from './scale-bar';
import { spreadMarkers } from './spread-markers';
import { markerClearance } from './symbol-metrics';
import { placeWaterLabels, waterLabelRequests } from './water-labels';
import type { DrawnWater } from './water-shapes';
import { drawWater, regionWater } from './water-select';

export type * from './map-types';

/**
 * Everything the map draws, computed at build time from the analysis and Natural Earth: the
 * countries and their rivers and lakes, the links (borders, markers, off-map callouts) numbered in
 * reading order, the labels placed round what is drawn first (the water's last, in the room left),
 * the globe, the scale bar and the list of places.
 */
export function buildMapModel(input: MapInput): MapModel {
  const { frame, readingOrder } = input;
  const { lang } = input;
  const shapes = projectCountryShapes(input.countries, input.region, frame, lang.edition.locale, input.countryNames);
  const origin = input.map.capitals[0]!;
  const byCode = countriesByCode(input.countries);
  const regionFeatures = input.region.flatMap((code) => byCode.get(code) ?? []);
  const water = regionWater(input.water, frame, regionFeatures);
  const placed = groupEventsByPlace(input.events, (event) => locateEvent(event, byCode));
  const groups = input.gather ? input.gather(placed, frame) : placed;
  const inset = placeInsetCircle(frame);
  const scaleBar = placeScaleBar(frame, lang);
  const limits = calloutEdgeLimits(frame, inset, scaleBar);
  const markers = spreadMarkers(projectMarkers(groups, frame, readingOrder, lang), frame);
  const callouts = placeCallouts(groups, frame, origin, limits, readingOrder, lang);
  const capitals = projectCapitals(input.map.capitals, frame);
  const lines = traceBorderLines(input.countries, input.map.borders);
  const obstacles = [
    ...collectLabelObstacles({ markers, capitals, callouts, inset, scaleBar }),
    ...lineLabelObstacles(lines, landBoundaries(input.countries, frame), frame),
  ];
  const labels = placeLabelsInTurn(
    requestLabels({ shapes, capitals, markers, groups, frame, words: lang.words }),
    obstacles,
    frame,
    isNeighbourLabel,
  );
  const onRegion = regionFeatures.map((country) => onCountry(country, frame));
  // A name reads as lying in the country it is set on: only on those its water touches.
  const touchedBy = (drawn: DrawnWater) =>
    onRegion.filter((isOn) => drawn.lines.some((line) => line.some((point) => isOn(point))));
  const waterLabels = placeWaterLabels(
    waterLabelRequests(water, input.waterNames, (point, drawn) => touchedBy(drawn).some((isOn) => isOn(point))),
    obstacles,
    labels.placed,
    water,
    frame,
  );
  const cardLabels = input.cardTextSize
    ? placeLabels(regionRequests({ shapes, frame }, input.cardTextSize), obstacles, frame).placed
    : [];
  const hits = withHitAreas({ markers, callouts }, frame);
  const drawnOver = {
    discs: markers.map((marker) => ({ x: marker.x, y: marker.y, radius: markerClearance(marker) })),
    boxes: callouts.map(calloutBox),
  };
  const links = numberLinks({ borders: describeBorders(input, frame, lines, drawnOver), ...hits });
  return {
    slug: input.slug,
    width: frame.width,
    height: frame.height,
    countries: shapes.map(({ shape }) => shape),
    water: drawWater(water),
    borders: links.borders,
    markers: links.markers,
    callouts: links.callouts,
    borderHitClip: hits.borderHitClip,
    capitals,
    labels: [...labels.placed, ...waterLabels],
    cardLabels,
    unplacedLabels: labels.unplaced,
    inset: buildInset(frame, feature(input.land, input.land.objects.land), inset),
    scaleBar,
    places: listPlaces(groups, lang.words),
    origin: origin.name,
    numberLocales: lang.numberLocales,
  };
}

import { feature } from 'topojson-client';
import { describeBorders, traceBorderLines } from './border-models';
import { calloutEdgeLimits, placeCallouts } from './callouts';
import { projectCapitals } from './capitals';
import { projectCountryShapes } from './country-shapes';
import { buildInset, placeInsetCircle } from './inset';
import { borderObstacles, collectLabelObstacles } from './label-obstacles';
import { requestLabels } from './label-requests';
import { placeLabels } from './labels';
import { locateEvent } from './locate';
import type { MapInput, MapModel } from './map-types';
import { groupEventsByPlace } from './markers';
import { listPlaces } from './place-list';
import { projectMarkers } from './place-markers';
import { numberLinks } from './reading-order';
import { countriesByCode } from './region';
import { placeScaleBar } from './scale-bar';

export type * from './map-types';

/**
 * Everything the map draws, computed at build time from the analysis and Natural Earth: the
 * countries, the links (borders, markers, off-map callouts) numbered in reading order, the
 * labels placed round what is drawn first, the globe, the scale bar and the list of places.
 */
export function buildMapModel(input: MapInput): MapModel {
  const { frame, readingOrder } = input;
  const shapes = projectCountryShapes(input.countries, input.analysis.region, frame);
  const origin = input.map.capitals[0]!;
  const byCode = countriesByCode(input.countries);
  const groups = groupEventsByPlace(input.events, (event) => locateEvent(event, byCode));
  const inset = placeInsetCircle(frame);
  const scaleBar = placeScaleBar(frame);
  const limits = calloutEdgeLimits(frame, inset, scaleBar);
  const markers = projectMarkers(groups, frame, readingOrder);
  const callouts = placeCallouts(groups, frame, origin.coordinates, limits, readingOrder);
  const capitals = projectCapitals(input.map.capitals, frame);
  const lines = traceBorderLines(input.countries, input.map.borders);
  const labels = placeLabels(
    requestLabels({ shapes, capitals, markers, groups, frame }),
    collectLabelObstacles({ markers, capitals, callouts, inset, scaleBar }),
    frame,
    borderObstacles(lines, frame),
  );
  const links = numberLinks({ borders: describeBorders(input, frame, lines), markers, callouts });
  return {
    slug: input.slug,
    width: frame.width,
    height: frame.height,
    countries: shapes.map(({ shape }) => shape),
    ...links,
    capitals,
    labels: labels.placed,
    unplacedLabels: labels.unplaced,
    inset: buildInset(frame, feature(input.land, input.land.objects.land), inset),
    scaleBar,
    places: listPlaces(groups),
    origin: origin.name,
  };
}

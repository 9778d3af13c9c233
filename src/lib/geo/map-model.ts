import { geoPath } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { feature } from 'topojson-client';
import type { LinkedEvent } from '../content/link-events';
import { alpha3Of, countryFeatures } from './atlas';
import { extractBorder } from './borders';
import { compactPath } from './compact-path';
import type { Frame } from './frame';
import { frameGeoBox, mayShow } from './frame-bounds';
import { buildInset } from './inset';
import { circleBox, countryLabelCandidates, lineObstacles } from './label-geometry';
import { around, CHARACTER_WIDTH, placeLabels, type Box, type LabelRequest } from './labels';
import type { BorderModel, CalloutModel, MapInput, MapModel, MarkerModel, PlaceListEntry } from './map-types';
import { hedgeAndAttribution } from '../content/reader-words';
import { locateEvent } from './locate';
import { groupEventsByPlace, groupLabel, groupName, type PlaceGroup } from './markers';
import { compassPoint, bearingDegrees, edgePoint, formatDistance, spreadAlong } from './offmap';
import { countriesByCode } from './region';
import { buildScaleBar } from './scale-bar';
import { CALLOUT, CAPITAL_CLEARANCE, markerClearance } from './symbol-metrics';

export type * from './map-types';

const INSET_RADIUS = 34;

const round = (value: number) => Math.round(value * 10) / 10;

const entitiesOf = (events: LinkedEvent[]) => [...new Set(events.flatMap((event) => event.entities))].sort();

function markerOf(group: PlaceGroup<LinkedEvent>, readingOrder: string[]): Omit<MarkerModel, 'x' | 'y'> {
  const single = group.events.length === 1 ? group.events[0]! : undefined;
  return {
    key: group.key,
    anchor: `map-marker-${group.key}`,
    entities: entitiesOf(group.events),
    order: readingRank(
      group.events.map((event) => event.passage),
      readingOrder,
    ),
    number: 0, // set once every link is known
    href: single ? `#${single.passage}` : `#map-place-${group.key}`,
    events: group.events.map((event) => event.id),
    kind: single ? single.kind : 'group',
    approximate: group.approximate,
    country: group.country,
    hedged: group.events.every((event) => event.hedge.length > 0),
    accessibleName: groupName(group),
  };
}

function countryShapes(input: MapInput, frame: Frame) {
  const all = countryFeatures(input.countries);
  const path = compactPath(frame.projection);
  // Projecting the whole world to keep a dozen countries is most of a map's cost: countries
  // that lie clear of the frame are left out before it.
  const view = frameGeoBox(frame);
  const shapes = all.flatMap((country) => {
    if (!mayShow(country, view)) return [];
    const code = alpha3Of(country);
    const d = path(country);
    if (!d) return [];
    const inRegion = code !== undefined && input.analysis.region.includes(code);
    return [{ feature: country, shape: { ...(code ? { code } : {}), name: country.properties.name, d, inRegion } }];
  });
  // Neighbours first, so that the region is drawn over them.
  return shapes.sort((a, b) => Number(a.shape.inRegion) - Number(b.shape.inRegion));
}

function buildBorders(input: MapInput, frame: Frame, lines: Map<string, MultiLineString>): BorderModel[] {
  const path = compactPath(frame.projection);
  return input.map.borders.map((border) => {
    const events = input.events.filter(
      (event) => event.place && 'border' in event.place && event.place.border === border.id,
    );
    const told = events.map((event) => `${event.title} (${event.date.label})`).join('; ');
    const name = border.name.charAt(0).toUpperCase() + border.name.slice(1);
    return {
      ...border,
      anchor: `map-border-${border.id.toLowerCase()}`,
      entities: entitiesOf(events),
      order: readingRank([border.passage], input.readingOrder),
      number: 0, // set once every link is known
      href: `#${border.passage}`,
      d: path(lines.get(border.id)!),
      events: events.map((event) => event.id),
      accessibleName: [name, border.note?.replace(/\.$/, ''), told && `Events: ${told}`].filter(Boolean).join('. '),
    };
  });
}

/** Stretches of each edge that callouts must leave free: the inset and the scale bar sit there. */
interface EdgeLimits {
  top: [number, number];
  right: [number, number];
  bottom: [number, number];
  left: [number, number];
}

function buildCallouts(
  groups: PlaceGroup<LinkedEvent>[],
  frame: Frame,
  origin: [number, number],
  limits: EdgeLimits,
  readingOrder: string[],
): CalloutModel[] {
  const from = frame.projection(origin)!;
  const callouts = groups.map((group): CalloutModel => {
    const { point, angle, edge } = edgePoint(frame, from, frame.projection(group.coordinates)!, 6);
    return {
      ...markerOf(group, readingOrder),
      x: point[0],
      y: point[1],
      angle: round(angle),
      edge,
      label: groupLabel(group),
      // A country's stand-in point gives its direction, never a distance to promise.
      distance: group.country
        ? compassPoint(bearingDegrees(origin, group.coordinates))
        : formatDistance(origin, group.coordinates),
    };
  });
  for (const edge of ['top', 'right', 'bottom', 'left'] as const) {
    const onEdge = callouts.filter((callout) => callout.edge === edge);
    const horizontal = edge === 'top' || edge === 'bottom';
    const axis = horizontal ? 'x' : 'y';
    const sizes = onEdge.map((callout) => (horizontal ? calloutBox(callout).width : calloutBox(callout).height));
    const spread = spreadAlong(
      onEdge.map((callout) => callout[axis]),
      sizes,
      4,
      ...limits[edge],
    );
    onEdge.forEach((callout, i) => (callout[axis] = spread[i]!));
  }
  return callouts.map((callout) => ({ ...callout, x: round(callout.x), y: round(callout.y) }));
}

/** The box a callout's arrow and two lines of text take, mirroring how the map draws them. */
export function calloutBox(callout: CalloutModel): Box {
  const characters = Math.max(callout.label.length, callout.distance.length);
  const width = characters * CALLOUT.fontSize * CALLOUT.glyphWidth + CALLOUT.padding;
  const { height, arrow } = CALLOUT;
  const { x, y, edge } = callout;
  if (edge === 'left') return { x, y: y - height / 2, width, height };
  if (edge === 'right') return { x: x - width, y: y - height / 2, width, height };
  if (edge === 'top') return { x: x - width / 2, y, width, height: height + arrow };
  return { x: x - width / 2, y: y - height - arrow, width, height: height + arrow };
}

/** Where the first of these passages stands in the text; links on the map follow that order. */
function readingRank(passages: string[], readingOrder: string[]): number {
  const positions = passages.map((passage) => readingOrder.indexOf(passage)).filter((i) => i >= 0);
  return positions.length > 0 ? Math.min(...positions) : readingOrder.length;
}

const byReading = <T extends { order: number }>(items: T[]) => [...items].sort((a, b) => a.order - b.order);

/** Everything the map draws, computed at build time from the analysis and Natural Earth. */
export function buildMapModel(input: MapInput): MapModel {
  const { frame } = input;
  const { projection } = frame;
  const shapes = countryShapes(input, frame);
  const origin = input.map.capitals[0]!;
  const byCode = countriesByCode(input.countries);
  const groups = groupEventsByPlace(input.events, (event) => locateEvent(event, byCode));

  const markers = groups
    .filter((group) => !group.offMap)
    .map((group): MarkerModel => {
      const [x, y] = projection(group.coordinates)!;
      return { ...markerOf(group, input.readingOrder), x: round(x), y: round(y) };
    });
  const insetCentre = { cx: frame.width - INSET_RADIUS - 6, cy: frame.height - INSET_RADIUS - 6, radius: INSET_RADIUS };
  const scaleBar = { ...buildScaleBar(frame, 90), x: 10, y: frame.height - 14 };
  const insetTop = insetCentre.cy - INSET_RADIUS - 4;
  const insetLeft = insetCentre.cx - INSET_RADIUS - 4;
  const callouts = buildCallouts(
    groups.filter((group) => group.offMap),
    frame,
    origin.coordinates,
    {
      top: [4, frame.width - 4],
      right: [4, insetTop],
      bottom: [scaleBar.length + 50, insetLeft],
      left: [4, frame.height - 30],
    },
    input.readingOrder,
  );
  const capitals = input.map.capitals.map((capital) => {
    const [x, y] = projection(capital.coordinates)!;
    return { name: capital.name, x: round(x), y: round(y) };
  });

  const borderLines = new Map(
    input.map.borders.map((border) => [border.id, extractBorder(input.countries, border.id)]),
  );
  const borderModels = buildBorders(input, frame, borderLines);
  const borderSamples = [...borderLines.values()].flatMap((line) => lineObstacles(line, frame));
  const obstacles: Box[] = [
    ...markers.map((marker) => circleBox(marker.x, marker.y, markerClearance(marker))),
    ...capitals.map((capital) => circleBox(capital.x, capital.y, CAPITAL_CLEARANCE)),
    ...callouts.map(calloutBox),
    circleBox(insetCentre.cx, insetCentre.cy, INSET_RADIUS + 2),
    { x: 4, y: scaleBar.y - 14, width: scaleBar.length + 40, height: 20 },
  ];

  const path = geoPath(projection);
  const labelled = new Set<string>();
  // The region's countries first (their place is the least free), then capitals, event places
  // and muted neighbours.
  const requests: LabelRequest[] = [];
  for (const { feature: country, shape } of shapes.filter(({ shape }) => shape.inRegion)) {
    requests.push({
      id: `country-${shape.code}`,
      text: shape.name.toUpperCase(),
      fontSize: 11,
      role: 'country',
      widthFactor: CHARACTER_WIDTH.spacedCapitals,
      ignoresSoft: true,
      candidates: countryLabelCandidates(country, frame, shape.name.toUpperCase(), 11, 4),
    });
  }
  for (const capital of capitals) {
    const marker = markers.find((m) => Math.hypot(m.x - capital.x, m.y - capital.y) < 1);
    labelled.add(marker?.key ?? '');
    requests.push({
      id: `capital-${capital.name}`,
      text: capital.name,
      fontSize: 11,
      role: 'capital',
      widthFactor: CHARACTER_WIDTH.semibold,
      candidates: around([capital.x, capital.y], marker ? markerClearance(marker) : CAPITAL_CLEARANCE, 11),
    });
  }
  for (const marker of markers.filter((m) => !labelled.has(m.key))) {
    const group = groups.find((g) => g.key === marker.key)!;
    requests.push({
      id: `place-${marker.key}`,
      text: groupLabel(group),
      fontSize: 10.5,
      role: 'place',
      candidates: around([marker.x, marker.y], markerClearance(marker), 10.5),
    });
  }
  for (const { feature: country, shape } of shapes.filter(
    (item) => !item.shape.inRegion && path.area(item.feature) > 2500,
  )) {
    requests.push({
      id: `neighbour-${shape.code ?? shape.name}`,
      text: shape.name,
      fontSize: 10,
      role: 'neighbour',
      ignoresSoft: true,
      candidates: countryLabelCandidates(country, frame, shape.name, 10, 2),
    });
  }
  const { placed, unplaced } = placeLabels(requests, obstacles, frame, borderSamples);

  const passageOf = new Map(input.events.map((event) => [event.id, event]));
  const places: PlaceListEntry[] = groups.map((group) => ({
    anchor: `map-place-${group.key}`,
    name: groupLabel(group),
    events: group.events.map((event) => ({
      id: event.id,
      title: event.title,
      date: event.date.label,
      hedge: hedgeAndAttribution(event),
      href: `#${passageOf.get(event.id)!.passage}`,
    })),
  }));

  // One numbering across borders, markers and callouts, in the order the text tells them.
  const numbered = [...borderModels, ...markers, ...callouts].sort((a, b) => a.order - b.order);
  numbered.forEach((link, index) => (link.number = index + 1));

  return {
    slug: input.slug,
    width: frame.width,
    height: frame.height,
    countries: shapes.map(({ shape }) => shape),
    borders: byReading(borderModels),
    markers: byReading(markers),
    callouts: byReading(callouts),
    capitals,
    labels: placed,
    unplacedLabels: unplaced,
    inset: buildInset(frame, feature(input.land, input.land.objects.land), insetCentre),
    scaleBar,
    places,
    origin: origin.name,
  };
}

import type { LinkedEvent } from '../content/link-events';
import { measureText } from './font-metrics';
import type { Frame } from './frame';
import type { InsetCircle } from './inset';
import type { Box } from './labels';
import type { CalloutModel, PlacedCallout } from './map-types';
import { scaleBarBox, type PlacedScaleBar } from './scale-bar';
import { groupLabel, type PlaceGroup } from './markers';
import { compassPoint, bearingDegrees, edgePoint, formatDistance, spreadAlong } from './offmap';
import { describeMarker, roundToTenth } from './place-markers';
import { CALLOUT } from './symbol-metrics';
import type { Lang } from '../i18n/lang';

type Edge = CalloutModel['edge'];

/** Stretches of each edge that callouts may use, from–to along it: the rest is taken. */
export type EdgeLimits = Record<Edge, [number, number]>;

/** Callouts keep this far from the frame's corners and from each other. */
const EDGE_MARGIN = 4;

/**
 * Where callouts may go along each edge: clear of the corners, of the globe in the bottom
 * right, and of the scale bar in the bottom left.
 */
export function calloutEdgeLimits(frame: Frame, inset: InsetCircle, scaleBar: PlacedScaleBar): EdgeLimits {
  const insetTop = inset.cy - inset.radius - EDGE_MARGIN;
  const insetLeft = inset.cx - inset.radius - EDGE_MARGIN;
  return {
    top: [EDGE_MARGIN, frame.width - EDGE_MARGIN],
    right: [EDGE_MARGIN, insetTop],
    bottom: [scaleBarBox(scaleBar).width + EDGE_MARGIN, insetLeft],
    left: [EDGE_MARGIN, frame.height - 30],
  };
}

/** The box a callout's arrow and two lines of text take, mirroring how the map draws them. */
export function calloutBox(callout: Pick<CalloutModel, 'x' | 'y' | 'edge' | 'label' | 'distance'>): Box {
  const text = Math.max(
    measureText(callout.label, CALLOUT.fontSize, 'bold'),
    measureText(callout.distance, CALLOUT.fontSize),
  );
  const width = text + CALLOUT.padding;
  const { height, arrow } = CALLOUT;
  const { x, y, edge } = callout;
  if (edge === 'left') return { x, y: y - height / 2, width, height };
  if (edge === 'right') return { x: x - width, y: y - height / 2, width, height };
  if (edge === 'top') return { x: x - width / 2, y, width, height: height + arrow };
  return { x: x - width / 2, y: y - height - arrow, width, height: height + arrow };
}

/** Callouts on one edge slide along it, in order, until none overlaps the next. */
function spreadOnEdges(callouts: PlacedCallout[], limits: EdgeLimits): PlacedCallout[] {
  const spread = callouts.map((callout) => ({ ...callout }));
  for (const edge of ['top', 'right', 'bottom', 'left'] as const) {
    const onEdge = spread.filter((callout) => callout.edge === edge);
    const horizontal = edge === 'top' || edge === 'bottom';
    const axis = horizontal ? 'x' : 'y';
    const sizes = onEdge.map((callout) => (horizontal ? calloutBox(callout).width : calloutBox(callout).height));
    const positions = spreadAlong(
      onEdge.map((callout) => callout[axis]),
      sizes,
      EDGE_MARGIN,
      ...limits[edge],
    );
    onEdge.forEach((callout, i) => (callout[axis] = positions[i]!));
  }
  return spread;
}

/**
 * An arrow at the frame's edge for each place beyond it (places inside get markers), pointing its way from the origin (the
 * first capital), with its name and its distance, or for a whole country only its direction.
 */
export function placeCallouts(
  groups: PlaceGroup<LinkedEvent>[],
  frame: Frame,
  origin: { name: string; coordinates: [number, number] },
  limits: EdgeLimits,
  readingOrder: string[],
  lang: Lang,
): PlacedCallout[] {
  const from = frame.projection(origin.coordinates)!;
  const callouts = groups
    .filter((group) => group.offMap)
    .map((group): PlacedCallout => {
      const { point, angle, edge } = edgePoint(frame, from, frame.projection(group.coordinates)!, 6);
      const described = describeMarker(group, readingOrder, lang);
      const label = groupLabel(group, lang.words);
      // A country's stand-in point gives its direction, never a distance to promise.
      const distance = group.country
        ? compassPoint(bearingDegrees(origin.coordinates, group.coordinates), lang.words)
        : formatDistance(origin.coordinates, group.coordinates, lang);
      return {
        ...described,
        accessibleName: lang.words.map.offMap(label, distance, origin.name, described.accessibleName),
        x: point[0],
        y: point[1],
        angle: roundToTenth(angle),
        edge,
        label,
        distance,
      };
    });
  return spreadOnEdges(callouts, limits).map((callout) => ({
    ...callout,
    x: roundToTenth(callout.x),
    y: roundToTenth(callout.y),
  }));
}

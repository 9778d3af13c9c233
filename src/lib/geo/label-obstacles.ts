import type { MultiLineString } from 'geojson';
import { projectLine } from './border-gaps';
import { calloutBox } from './callouts';
import type { Frame } from './frame';
import type { InsetCircle } from './inset';
import { circleBox, lineObstacles } from './label-geometry';
import type { Box } from './labels';
import type { MapModel, PlacedCallout, PlacedMarker } from './map-types';
import { scaleBarBox, type PlacedScaleBar } from './scale-bar';
import { CAPITAL_CLEARANCE, MARKER, markerClearance } from './symbol-metrics';

type Point = [number, number];

/** What the map draws before its labels, which no label may cover. */
export interface DrawnFirst {
  markers: PlacedMarker[];
  capitals: MapModel['capitals'];
  callouts: PlacedCallout[];
  inset: InsetCircle;
  scaleBar: PlacedScaleBar;
}

/** The boxes labels must keep out of: every marker and its leader, capital, callout, the globe and the scale bar. */
export function collectLabelObstacles({ markers, capitals, callouts, inset, scaleBar }: DrawnFirst): Box[] {
  return [
    ...markers.map((marker) => circleBox(marker.x, marker.y, markerClearance(marker))),
    // A symbol moved off its place: the line back to it, and the dot there.
    ...markers.flatMap(({ x, y, leader }) =>
      leader
        ? lineObstacles(
            [
              [
                [x, y],
                [leader.x, leader.y],
              ],
            ],
            MARKER.place + 1.5,
          )
        : [],
    ),
    ...capitals.map((capital) => circleBox(capital.x, capital.y, CAPITAL_CLEARANCE)),
    ...callouts.map(calloutBox),
    circleBox(inset.cx, inset.cy, inset.radius + 2),
    scaleBarBox(scaleBar),
  ];
}

/**
 * Lines no label may cross: the borders the analysis discusses, kept clear of even their
 * highlighted width, and every boundary between countries in the frame.
 */
export function lineLabelObstacles(lines: Map<string, MultiLineString>, boundaries: Point[][], frame: Frame): Box[] {
  return [
    ...[...lines.values()].flatMap((line) => lineObstacles(projectLine(frame.projection, line), 3.5)),
    ...lineObstacles(boundaries, 2),
  ];
}

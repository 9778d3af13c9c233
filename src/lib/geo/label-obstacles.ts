import type { MultiLineString } from 'geojson';
import { calloutBox } from './callouts';
import type { Frame } from './frame';
import type { InsetCircle } from './inset';
import { circleBox, lineObstacles } from './label-geometry';
import type { Box } from './labels';
import type { CalloutModel, MapModel, MarkerModel } from './map-types';
import type { PlacedScaleBar } from './scale-bar';
import { CAPITAL_CLEARANCE, markerClearance } from './symbol-metrics';

/** What the map draws before its labels, which no label may cover. */
export interface DrawnFirst {
  markers: MarkerModel[];
  capitals: MapModel['capitals'];
  callouts: CalloutModel[];
  inset: InsetCircle;
  scaleBar: PlacedScaleBar;
}

/** The boxes labels must keep out of: every marker, capital, callout, the globe and the scale bar. */
export function collectLabelObstacles({ markers, capitals, callouts, inset, scaleBar }: DrawnFirst): Box[] {
  return [
    ...markers.map((marker) => circleBox(marker.x, marker.y, markerClearance(marker))),
    ...capitals.map((capital) => circleBox(capital.x, capital.y, CAPITAL_CLEARANCE)),
    ...callouts.map(calloutBox),
    circleBox(inset.cx, inset.cy, inset.radius + 2),
    // The bar and its "500 km" beside it.
    { x: 4, y: scaleBar.y - 14, width: scaleBar.length + 40, height: 20 },
  ];
}

/** Borders a label may cross if it must, but avoids where it can. */
export function borderObstacles(lines: Map<string, MultiLineString>, frame: Frame): Box[] {
  return [...lines.values()].flatMap((line) => lineObstacles(line, frame));
}

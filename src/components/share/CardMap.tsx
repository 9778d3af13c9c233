import type { Box, PlacedLabel } from '../../lib/geo/labels';
import type { MapModel } from '../../lib/geo/map-model';
import { calloutsInside, cropAround, labelsInside } from '../../lib/share/card-map';
import { isolated } from '../../lib/share/rtl-pieces';
import type { ShareTarget } from '../../lib/share/targets';
import MapSvg from '../map/MapSvg';

/** The target's place on the map: its marker ringed, or its border drawn over. */
function Highlight({ highlight }: { highlight: ShareTarget['highlight'] }) {
  if (highlight?.type === 'marker') {
    return <circle className="card-highlight" cx={highlight.x} cy={highlight.y} r={highlight.radius} />;
  }
  if (highlight?.type === 'border') return <path className="card-highlight-line" d={highlight.d} />;
  return null;
}

/**
 * A right-to-left map's words, each isolated as right to left, which resvg would otherwise set
 * left to right ("۳٬۳۷۰ کیلومتر" with its number at the end). Done last: the isolates are
 * invisible, but the boxes the card picks labels by are measured from the words alone.
 */
function isolateWords(model: MapModel): MapModel {
  const rtl = (text: string) => isolated(text, true);
  const label = (placed: PlacedLabel) => ({ ...placed, text: rtl(placed.text), lines: placed.lines.map(rtl) });
  return {
    ...model,
    labels: model.labels.map(label),
    callouts: model.callouts.map((callout) => ({
      ...callout,
      label: rtl(callout.label),
      distance: rtl(callout.distance),
    })),
  };
}

/**
 * The page's map on a card. Round a shared place it is enlarged until the page's own labels read
 * at card size, and shows the labels and callouts that lie wholly in view (the globe and scale
 * are left off); the whole map, for an article or a section, carries only the region's names set
 * large enough (MapModel.cardLabels).
 */
export default function CardMap({
  model,
  box,
  target,
  rtl,
}: {
  model: MapModel;
  box: Box;
  target?: ShareTarget | undefined;
  rtl: boolean;
}) {
  const words = (shown: MapModel) => (rtl ? isolateWords(shown) : shown);
  const highlight = target?.highlight;
  if (!highlight) {
    return <MapSvg model={words({ ...model, labels: model.cardLabels })} placement={box} className="card-whole" />;
  }
  const view = cropAround(highlight, model, box);
  const inView = { ...model, labels: labelsInside(model.labels, view), callouts: calloutsInside(model.callouts, view) };
  return (
    <MapSvg model={words(inView)} placement={box} view={view} className="card-crop">
      <Highlight highlight={highlight} />
    </MapSvg>
  );
}

import type { Box } from '../../lib/geo/labels';
import type { MapModel } from '../../lib/geo/map-model';
import { calloutsInside, cropAround, labelsInside } from '../../lib/share/card-map';
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
 * The page's map on a card. Round a shared place it is enlarged until the page's own labels read
 * at card size, and shows the labels and callouts that lie wholly in view (the globe and scale
 * are left off); the whole map, for an article or a section, carries only the region's names set
 * large enough (MapModel.cardLabels).
 */
export default function CardMap({ model, box, target }: { model: MapModel; box: Box; target?: ShareTarget }) {
  const highlight = target?.highlight;
  if (!highlight) {
    return <MapSvg model={{ ...model, labels: model.cardLabels }} placement={box} className="card-whole" />;
  }
  const view = cropAround(highlight, model, box);
  const inView = { ...model, labels: labelsInside(model.labels, view), callouts: calloutsInside(model.callouts, view) };
  return (
    <MapSvg model={inView} placement={box} view={view} className="card-crop">
      <Highlight highlight={highlight} />
    </MapSvg>
  );
}

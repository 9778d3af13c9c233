import type { MapModel } from '../../lib/geo/map-model';
import { MAP_TEXT } from '../../lib/geo/symbol-metrics';

/** The locator globe and the scale bar, drawn over the map's corners. */
export default function MapFurniture({ inset, scaleBar }: Pick<MapModel, 'inset' | 'scaleBar'>) {
  return (
    <>
      <g className="map-inset" aria-hidden="true">
        <path className="inset-sphere" d={inset.sphere} />
        <path className="inset-land" d={inset.land} />
        <path className="inset-frame" d={inset.frame} />
      </g>
      <g className="map-scale" aria-hidden="true" transform={`translate(${scaleBar.x} ${scaleBar.y})`}>
        <path className="scale-bar" d={`M0,-4V0H${scaleBar.length.toFixed(1)}V-4`} />
        <text className="scale-text" x={scaleBar.length + 5} y={0} fontSize={MAP_TEXT}>
          {scaleBar.text}
        </text>
      </g>
    </>
  );
}

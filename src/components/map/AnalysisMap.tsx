import type { MapModel } from '../../lib/geo/map-model';
import MapCallout from './MapCallout';
import MapMarker from './MapMarker';

export interface AnalysisMapProps {
  /** Everything to draw, computed at build time. */
  model: MapModel;
  /** What the map shows, for its accessible title. */
  title: string;
}

/**
 * The analysis's map as finished SVG. It is rendered into the HTML at build time; every
 * border and marker is a plain link, so it works before and without JavaScript.
 */
export default function AnalysisMap({ model, title }: AnalysisMapProps) {
  const titleId = `map-title-${model.slug}`;
  const { inset, scaleBar } = model;
  return (
    <svg className="map-svg" viewBox={`0 0 ${model.width} ${model.height}`} aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      <rect className="map-sea" width={model.width} height={model.height} />
      <g aria-hidden="true">
        {model.countries.map((country) => (
          <path
            key={country.code ?? country.name}
            className={country.inRegion ? 'map-country is-region' : 'map-country'}
            d={country.d}
            {...(country.code ? { 'data-country': country.code } : {})}
          />
        ))}
      </g>
      <g className="map-borders">
        {model.borders.map((border) => (
          <a
            key={border.id}
            href={border.href}
            className="map-border"
            data-border={border.id}
            aria-label={border.accessibleName}
          >
            <path className="border-hit" d={border.d} />
            <path className="border-line" d={border.d} />
          </a>
        ))}
      </g>
      <g aria-hidden="true">
        {model.capitals.map((capital) => (
          <rect
            key={capital.name}
            className="map-capital"
            x={capital.x - 2.5}
            y={capital.y - 2.5}
            width={5}
            height={5}
          />
        ))}
        {model.labels.map((label) => (
          <text
            key={label.id}
            className={`map-label label-${label.role}`}
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
            fontSize={label.fontSize}
          >
            {label.text}
          </text>
        ))}
      </g>
      <g className="map-markers">
        {model.markers.map((marker) => (
          <MapMarker key={marker.key} marker={marker} />
        ))}
        {model.callouts.map((callout) => (
          <MapCallout key={callout.key} callout={callout} origin={model.origin} />
        ))}
      </g>
      <g className="map-inset" aria-hidden="true">
        <path className="inset-sphere" d={inset.sphere} />
        <path className="inset-land" d={inset.land} />
        <path className="inset-frame" d={inset.frame} />
      </g>
      <g className="map-scale" aria-hidden="true" transform={`translate(${scaleBar.x} ${scaleBar.y})`}>
        <path className="scale-bar" d={`M0,-4V0H${scaleBar.length.toFixed(1)}V-4`} />
        <text className="scale-text" x={scaleBar.length + 5} y={0}>
          {scaleBar.km} km
        </text>
      </g>
    </svg>
  );
}

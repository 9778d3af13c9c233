import { useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { FieldMap, PlacePreview } from '../../lib/studio/map-field-types';
import { CALLOUT } from '../../lib/geo/symbol-metrics';

export interface PlaceMapProps {
  map: FieldMap;
  /** The field's id, for the map's own ids. */
  id: string;
  /** Where the place's point falls, in map units, and whether inside the frame. */
  point?: { x: number; y: number; inFrame: boolean } | undefined;
  /** The server's view of the place: its callout beyond the frame. */
  preview?: PlacePreview | undefined;
  /** A click on the map, in map units. */
  onPick: (point: [number, number]) => void;
  /** An arrow key on the map: the point moves by degrees east and north. */
  onNudge: (east: number, north: number) => void;
  /** What the map says to a screen reader and in its caption. */
  description: string;
}

/** Arrow keys move the point a hundredth of a degree (about a kilometre); with Shift, a tenth. */
const NUDGES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** Where a callout's text sits, beside its arrow on the side away from the edge (as MapCallout sets it). */
function calloutText({ x, y, edge }: { x: number; y: number; edge: string }) {
  const { side, sideLift, top, bottom } = CALLOUT.text;
  if (edge === 'left') return { x: x + side, y: y - sideLift, anchor: 'start' as const };
  if (edge === 'right') return { x: x - side, y: y - sideLift, anchor: 'end' as const };
  if (edge === 'top') return { x, y: y + top, anchor: 'middle' as const };
  return { x, y: y - bottom, anchor: 'middle' as const };
}

/**
 * The analysis's map as the site draws it (countries, rivers and lakes, the borders it discusses, capitals), the
 * place's marker, or the callout at the edge it becomes beyond the frame. A click picks a point;
 * with focus, arrow keys move it. Maps do not mirror: the map stays left-to-right in any language.
 */
export function PlaceMap({ map, id, point, preview, onPick, onNudge, description }: PlaceMapProps) {
  const svg = useRef<SVGSVGElement>(null);
  const { width, height } = map.frame;
  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    onPick([at.x, at.y]);
  };
  const nudge = (event: KeyboardEvent<SVGSVGElement>) => {
    const step = NUDGES[event.key];
    if (!step) return;
    event.preventDefault();
    const size = event.shiftKey ? 0.1 : 0.01;
    onNudge(step[0] * size, step[1] * size);
  };
  const callout = preview?.callout && point && !point.inFrame ? preview.callout : undefined;
  const text = callout && calloutText(callout);
  return (
    <svg
      ref={svg}
      className="place-map"
      viewBox={`0 0 ${width} ${height}`}
      tabIndex={0}
      role="application"
      aria-roledescription="map"
      aria-label={description}
      aria-describedby={`${id}-map-help`}
      onClick={pick}
      onKeyDown={nudge}
    >
      <rect className="place-map-sea" width={width} height={height} />
      {map.countries.map((country, i) => (
        <path
          key={country.code ?? country.name ?? i}
          className={country.inRegion ? 'place-map-country is-region' : 'place-map-country'}
          d={country.d}
        >
          {country.name && <title>{country.name}</title>}
        </path>
      ))}
      {map.water.lakes && <path className="place-map-lake" d={map.water.lakes} />}
      {map.water.rivers && <path className="place-map-river" d={map.water.rivers} />}
      {map.borders.map((border) => (
        <path key={border.id} className="place-map-border" d={border.d} />
      ))}
      {map.capitals.map((capital) => (
        <g key={capital.name} className="place-map-capital">
          <rect x={capital.x - 2.5} y={capital.y - 2.5} width={5} height={5} />
          <text x={capital.x + 5} y={capital.y + 3.5} fontSize={CALLOUT.fontSize}>
            {capital.name}
          </text>
        </g>
      ))}
      {point?.inFrame && (
        <g className="place-map-marker" id={`${id}-marker`}>
          <circle cx={point.x} cy={point.y} r={7} />
          <circle className="place-map-dot" cx={point.x} cy={point.y} r={2} />
        </g>
      )}
      {callout && text && (
        <g className="place-map-callout" id={`${id}-callout`}>
          <rect
            x={callout.box.x}
            y={callout.box.y}
            width={callout.box.width}
            height={callout.box.height}
            rx={CALLOUT.corner}
          />
          <path
            transform={`translate(${callout.x} ${callout.y}) rotate(${callout.angle})`}
            d="M0,0L-10,-5.5L-7,0L-10,5.5Z"
          />
          <text x={text.x} y={text.y} textAnchor={text.anchor} fontSize={CALLOUT.fontSize}>
            <tspan className="place-map-callout-label">{callout.label}</tspan>{' '}
            <tspan x={text.x} dy={CALLOUT.lineHeight}>
              {callout.distance}
            </tspan>
          </text>
        </g>
      )}
    </svg>
  );
}

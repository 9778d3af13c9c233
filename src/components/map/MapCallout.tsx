import type { CalloutModel } from '../../lib/geo/map-model';
import { calloutBox } from '../../lib/geo/callouts';
import { useContext } from 'react';
import { CALLOUT } from '../../lib/geo/symbol-metrics';
import { MapWords } from './MapWords';

/** Text sits inside the frame, beside the arrow, on the side away from the edge. */
function textPosition({ x, y, edge }: CalloutModel) {
  const { side, sideLift, top, bottom } = CALLOUT.text;
  if (edge === 'left') return { x: x + side, y: y - sideLift, anchor: 'start' as const };
  if (edge === 'right') return { x: x - side, y: y - sideLift, anchor: 'end' as const };
  if (edge === 'top') return { x, y: y + top, anchor: 'middle' as const };
  return { x, y: y - bottom, anchor: 'middle' as const };
}

/** A place beyond the frame: an arrow at the edge pointing its way, its name and its distance. */
export default function MapCallout({ callout, numbers }: { callout: CalloutModel; numbers: Intl.NumberFormat }) {
  const text = textPosition(callout);
  const box = calloutBox(callout);
  const setWords = useContext(MapWords);
  const at = (className: string) => ({ x: text.x, anchor: text.anchor, fontSize: CALLOUT.fontSize, className });
  const grouped = callout.events.length > 1;
  return (
    <a
      id={callout.anchor}
      href={callout.href}
      data-entities={callout.entities.join(' ')}
      className={`map-callout kind-${callout.kind}${callout.approximate ? ' is-approximate' : ''}${callout.country ? ' is-country' : ''}`}
      aria-label={callout.accessibleName}
      data-offmap=""
      {...(grouped ? { 'data-events': callout.events.join(' ') } : { 'data-event': callout.events[0] })}
    >
      <rect
        className="callout-hit"
        x={callout.hit.x}
        y={callout.hit.y}
        width={callout.hit.width}
        height={callout.hit.height}
      />
      <rect className="callout-box" x={box.x} y={box.y} width={box.width} height={box.height} rx={CALLOUT.corner} />
      <path
        className="callout-arrow"
        transform={`translate(${callout.x} ${callout.y}) rotate(${callout.angle})`}
        d="M0,0L-10,-5.5L-7,0L-10,5.5Z"
      />
      <text className="marker-number" x={text.x} y={text.y - CALLOUT.lineHeight} textAnchor={text.anchor}>
        {numbers.format(callout.number)}
      </text>
      <text className="callout-label" x={text.x} y={text.y} textAnchor={text.anchor} fontSize={CALLOUT.fontSize}>
        {setWords(callout.label, at('callout-label'))}{' '}
        <tspan className="callout-distance" x={text.x} dy={CALLOUT.lineHeight}>
          {setWords(callout.distance, at('callout-distance'))}
        </tspan>
      </text>
    </a>
  );
}

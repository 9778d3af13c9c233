import { useContext } from 'react';
import type { MapModel } from '../../lib/geo/map-model';
import { LINE_HEIGHT } from '../../lib/geo/labels';
import { roundToTenth } from '../../lib/geo/place-markers';
import { CAPITAL_SQUARE } from '../../lib/geo/symbol-metrics';
import { MapWords } from './MapWords';

/**
 * Capitals' squares and every placed label, on one line or two, with the line to its symbol
 * where it had to sit further out: names only, hidden from screen readers (the links say them).
 */
export default function MapLabels({ capitals, labels }: Pick<MapModel, 'capitals' | 'labels'>) {
  const setWords = useContext(MapWords);
  return (
    <g aria-hidden="true">
      {capitals.map((capital) => (
        <rect
          key={capital.name}
          className="map-capital"
          x={capital.x - CAPITAL_SQUARE}
          y={capital.y - CAPITAL_SQUARE}
          width={2 * CAPITAL_SQUARE}
          height={2 * CAPITAL_SQUARE}
        />
      ))}
      {labels.flatMap(({ id, leader }) =>
        leader
          ? [
              <path
                key={`${id}-leader`}
                className="label-leader"
                d={`M${leader[0]},${leader[1]}L${leader[2]},${leader[3]}`}
              />,
            ]
          : [],
      )}
      {labels.map((label) => {
        const className = `map-label label-${label.role}`;
        const at = { x: label.x, anchor: label.anchor, fontSize: label.fontSize, className };
        return (
          <text
            key={label.id}
            className={className}
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
            fontSize={label.fontSize}
          >
            {label.lines.length === 1
              ? setWords(label.text, at)
              : label.lines.map((line, i) => (
                  <tspan key={i} x={label.x} dy={i === 0 ? 0 : roundToTenth(label.fontSize * LINE_HEIGHT)}>
                    {setWords(line, at)}
                  </tspan>
                ))}
          </text>
        );
      })}
    </g>
  );
}

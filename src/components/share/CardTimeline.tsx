import type { Box } from '../../lib/geo/labels';
import { CARD_TEXT } from '../../lib/share/card-map';
import { pageColour } from '../../lib/share/page-palette';
import type { TimelineRow } from '../../lib/share/targets';
import { wrapText } from '../../lib/share/wrap-text';

/** From one event to the next, and from a date to its title, in card pixels. */
const ROW = 76;
const TITLE_DROP = 30;
const INDENT = 44;

/**
 * Where an event with no place sits in time, drawn in the map's box: the events round it on a
 * line, each with its date and title, the shared one marked and set in bold.
 */
export default function CardTimeline({ rows, box }: { rows: TimelineRow[]; box: Box }) {
  const [ink, muted, accent, rule] = ['color-ink', 'color-muted', 'color-accent', 'color-rule'].map(pageColour);
  const top = box.y + 30;
  const x = box.x + 20;
  return (
    <g className="card-timeline">
      <line x1={x} x2={x} y1={top - 20} y2={top + (rows.length - 1) * ROW + TITLE_DROP} stroke={rule} strokeWidth={3} />
      {rows.map((row, i) => {
        const y = top + i * ROW;
        const weight = row.current ? 'bold' : 'normal';
        const [title] = wrapText(row.title, box.width - INDENT, CARD_TEXT, row.current ? 0.62 : 0.58, 1);
        return (
          <g key={i}>
            <circle cx={x} cy={y - 8} r={row.current ? 10 : 6} fill={row.current ? accent : muted} />
            <text
              x={x + INDENT - 20}
              y={y}
              fontSize={CARD_TEXT}
              fontWeight={weight}
              fill={row.current ? accent : muted}
            >
              {row.date}
            </text>
            <text x={x + INDENT - 20} y={y + TITLE_DROP} fontSize={CARD_TEXT} fontWeight={weight} fill={ink}>
              {title}
            </text>
          </g>
        );
      })}
    </g>
  );
}

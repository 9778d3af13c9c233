import type { Box } from '../../lib/geo/labels';
import type { CardScript } from '../../lib/share/card-script';
import { CARD_TEXT } from '../../lib/share/card-map';
import { pageColour } from '../../lib/share/page-palette';
import type { TimelineRow } from '../../lib/share/targets';
import RtlLine from './RtlLine';

/** From one event to the next, and from a date to its title, in card pixels. */
const ROW = 76;
const TITLE_DROP = 30;
const INDENT = 44;

/**
 * Where an event with no place sits in time, drawn in the map's box: the events round it on a
 * line, each with its date and title, the shared one marked and set in bold. In a right-to-left
 * edition the line runs down the box's right side and the words are set from it leftwards.
 */
export default function CardTimeline({ rows, box, script }: { rows: TimelineRow[]; box: Box; script: CardScript }) {
  const [ink, muted, accent, rule] = ['color-ink', 'color-muted', 'color-accent', 'color-rule'].map(pageColour);
  const rtl = script.dir === 'rtl';
  const top = box.y + 30;
  const x = rtl ? box.x + box.width - 20 : box.x + 20;
  const textX = rtl ? x - (INDENT - 20) : x + INDENT - 20;
  const width = box.width - INDENT;
  return (
    <g className="card-timeline">
      <line x1={x} x2={x} y1={top - 20} y2={top + (rows.length - 1) * ROW + TITLE_DROP} stroke={rule} strokeWidth={3} />
      {rows.map((row, i) => {
        const y = top + i * ROW;
        const bold = row.current;
        const weight = bold ? 'bold' : 'normal';
        const [title = ''] = script.wrap(row.title, width, CARD_TEXT, { bold, glyphWidth: bold ? 0.62 : 0.58 }, 1);
        // A measured date keeps to the box too; an English one always fits.
        const [date = ''] = rtl ? script.wrap(row.date, width, CARD_TEXT, { bold, glyphWidth: 0.58 }, 1) : [row.date];
        const dateFill = row.current ? accent : muted;
        return (
          <g key={i}>
            <circle cx={x} cy={y - 8} r={row.current ? 10 : 6} fill={row.current ? accent : muted} />
            {script.dir === 'rtl' ? (
              <>
                <RtlLine
                  pieces={script.pieces(date, CARD_TEXT, bold)}
                  x={textX}
                  y={y}
                  size={CARD_TEXT}
                  fontWeight={weight}
                  fill={dateFill}
                />
                <RtlLine
                  pieces={script.pieces(title, CARD_TEXT, bold)}
                  x={textX}
                  y={y + TITLE_DROP}
                  size={CARD_TEXT}
                  fontWeight={weight}
                  fill={ink}
                />
              </>
            ) : (
              <>
                <text x={textX} y={y} fontSize={CARD_TEXT} fontWeight={weight} fill={dateFill}>
                  {date}
                </text>
                <text x={textX} y={y + TITLE_DROP} fontSize={CARD_TEXT} fontWeight={weight} fill={ink}>
                  {title}
                </text>
              </>
            )}
          </g>
        );
      })}
    </g>
  );
}

import type { SVGProps } from 'react';
import type { TextBlock } from '../../lib/share/card-layout';
import type { CardScript } from '../../lib/share/card-script';
import RtlLine from './RtlLine';

/** How a block of the card's text looks besides its weight: colour, style, spacing. */
type TextLook = Pick<SVGProps<SVGTextElement>, 'fill' | 'fontStyle' | 'letterSpacing'>;

/**
 * One block of a card's text: a `<text>` per line, each a line height below the last. A block set
 * from the right is anchored at its end; one in a right-to-left script is drawn piece by piece.
 */
export default function CardLines({ block, script, ...look }: { block: TextBlock; script: CardScript } & TextLook) {
  const weight = block.bold ? { fontWeight: 'bold' as const } : {};
  return block.lines.map((line, i) => {
    const y = block.y + i * block.lineHeight;
    if (script.dir === 'rtl') {
      const pieces = script.pieces(line, block.size, block.bold);
      // Arabic script has no italic and no letter spacing: its letters join.
      return <RtlLine key={i} pieces={pieces} x={block.x} y={y} size={block.size} fill={look.fill} {...weight} />;
    }
    const anchor = block.align === 'right' ? { textAnchor: 'end' as const } : {};
    return (
      <text key={i} x={block.x} y={y} fontSize={block.size} {...anchor} {...weight} {...look}>
        {line}
      </text>
    );
  });
}

import type { SVGProps } from 'react';
import type { TextBlock } from '../../lib/share/card-layout';

/** How a block of the card's text looks: weight, colour, style, spacing. */
type TextLook = Pick<SVGProps<SVGTextElement>, 'fontWeight' | 'fill' | 'fontStyle' | 'letterSpacing'>;

/** One block of a card's text: a `<text>` per line, each a line height below the last. */
export default function CardLines({ block, ...look }: { block: TextBlock } & TextLook) {
  return block.lines.map((line, i) => (
    <text key={i} x={block.x} y={block.y + i * block.lineHeight} fontSize={block.size} {...look}>
      {line}
    </text>
  ));
}

import type { SVGProps } from 'react';
import { LATIN_FAMILY, NASKH_FAMILY } from '../../lib/share/card-fonts';
import type { PlacedPiece } from '../../lib/share/card-script';
import { isolated } from '../../lib/share/rtl-pieces';
import type { PieceFace } from '../../lib/share/shaped-width';

/** How a line looks besides its place and size: weight, colour. */
type LineLook = Pick<SVGProps<SVGTextElement>, 'fontWeight' | 'fill'>;

/** A place on the card to the hundredth of a pixel. */
export const round = (value: number) => Math.round(value * 100) / 100;

/** The family a piece is drawn in. */
export const familyOf = (face: PieceFace) => (face === 'naskh' ? NASKH_FAMILY : LATIN_FAMILY);

/**
 * One line of a right-to-left edition, its right edge at `x`: read right to left (`direction`),
 * each piece drawn apart at its own place, in Naskh or, for what the Naskh cut lacks, DejaVu. resvg
 * honours neither `direction` nor a font list within one text, so the pieces carry their order,
 * places and faces themselves (lib/share/rtl-pieces.ts).
 */
export default function RtlLine({
  pieces,
  x,
  y,
  size,
  ...look
}: { pieces: PlacedPiece[]; x: number; y: number; size: number } & LineLook) {
  return (
    <text x={x} y={y} fontSize={size} direction="rtl" textAnchor="end" {...look}>
      {pieces.map((piece, i) => (
        <tspan key={i} x={round(x - piece.right)} fontFamily={familyOf(piece.face)}>
          {isolated(piece.text, piece.rtl)}
        </tspan>
      ))}
    </text>
  );
}

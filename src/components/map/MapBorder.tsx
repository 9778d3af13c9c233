import { BORDER_HIT_CLIP_ANCHOR } from '../../lib/anchors';
import type { BorderModel } from '../../lib/geo/map-model';
import { HIT } from '../../lib/geo/symbol-metrics';

/**
 * A border between two countries of the region: a link to the passage about it. A wide band
 * along the line takes the pointer, clipped off every marker and callout so that they win
 * wherever they are; the halo shows when the border has focus or the text points at it.
 */
export default function MapBorder({ border }: { border: BorderModel }) {
  return (
    <a
      id={border.anchor}
      href={border.href}
      className="map-border"
      data-border={border.id}
      data-entities={border.entities.join(' ')}
      aria-label={border.accessibleName}
    >
      <path className="border-hit" d={border.d} strokeWidth={HIT.border} clipPath={`url(#${BORDER_HIT_CLIP_ANCHOR})`} />
      <path className="border-halo" d={border.d} />
      <path className="border-line" d={border.line} />
    </a>
  );
}

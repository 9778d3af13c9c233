import type { MapModel } from '../../lib/geo/map-model';
import { CARD_STYLE } from '../../lib/share/card-style';
import MapSvg from '../map/MapSvg';

/**
 * The ground of a card's map round a place, drawn once for all of an edition's cards of one
 * analysis: the sea, the land and the water of the whole map, at `scale` card pixels a map unit,
 * on a transparent sheet `size` pixels large. Each card shows it through its own window
 * (groundWindow in card-map.ts) and draws its labels, markers and highlight over it.
 */
export default function CardGround({
  model,
  scale,
  size,
}: {
  model: MapModel;
  scale: number;
  size: { width: number; height: number };
}) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" {...size} viewBox={`0 0 ${size.width} ${size.height}`}>
      <style>{CARD_STYLE}</style>
      <MapSvg
        model={model}
        placement={{ x: 0, y: 0, ...size }}
        view={{ x: 0, y: 0, width: size.width / scale, height: size.height / scale }}
        className="card-crop"
        layer="ground"
      />
    </svg>
  );
}

import type { MapModel } from '../../lib/geo/map-model';
import { CARD_HIGHLIGHT_RADIUS } from '../../lib/geo/symbol-metrics';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type CardText } from '../../lib/share/card-layout';
import { CARD_STYLE } from '../../lib/share/card-style';
import type { ShareTarget } from '../../lib/share/targets';
import MapSvg from '../map/MapSvg';
import CardLines from './CardLines';

export interface ShareCardProps {
  /** The analysis's title and byline. */
  text: CardText;
  /** The analysis's map, drawn as on the page. */
  model: MapModel;
  /** The section or event shared; without one, the card is the article's own. */
  target?: ShareTarget;
}

const ACCENT = '#8a2c0d';
const INK = '#1c1b19';
const MUTED = '#57534e';

/** The target's place on the map: its marker ringed, or its border drawn over. */
function Highlight({ highlight }: { highlight: ShareTarget['highlight'] }) {
  if (highlight?.type === 'marker') {
    return <circle className="card-highlight" cx={highlight.x} cy={highlight.y} r={CARD_HIGHLIGHT_RADIUS} />;
  }
  if (highlight?.type === 'border') return <path className="card-highlight-line" d={highlight.d} />;
  return null;
}

/**
 * A 1200×630 link-preview card as SVG, which resvg draws to PNG at build time: the analysis
 * title, the shared section or event with its date and hedge, and the map with that place
 * highlighted.
 */
export default function ShareCard({ text, model, target }: ShareCardProps) {
  const layout = layoutCard(text, target);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={CARD_WIDTH}
      height={CARD_HEIGHT}
      viewBox={`0 0 ${CARD_WIDTH} ${CARD_HEIGHT}`}
      fontFamily="DejaVu Sans"
    >
      <style>{CARD_STYLE}</style>
      <rect width={CARD_WIDTH} height={CARD_HEIGHT} fill="#fbfaf7" />
      <rect x={0} y={0} width={CARD_WIDTH} height={10} fill={ACCENT} />
      <CardLines block={layout.kicker} fontWeight="bold" fill={ACCENT} letterSpacing="3" />
      <CardLines block={layout.analysis} fontWeight={target ? 'normal' : 'bold'} fill={target ? MUTED : INK} />
      <CardLines block={layout.title} fontWeight="bold" fill={INK} />
      <CardLines block={layout.date} fill={MUTED} />
      <CardLines block={layout.hedge} fontStyle="italic" fill={ACCENT} />
      <CardLines block={layout.footer} fill={MUTED} />
      <MapSvg model={model} placement={layout.map}>
        <Highlight highlight={target?.highlight} />
      </MapSvg>
    </svg>
  );
}

import type { MapModel } from '../../lib/geo/map-model';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type CardText } from '../../lib/share/card-layout';
import { CARD_STYLE } from '../../lib/share/card-style';
import type { ShareTarget } from '../../lib/share/targets';
import { pageColour } from '../../lib/share/page-palette';
import CardLines from './CardLines';
import CardMap from './CardMap';
import CardTimeline from './CardTimeline';

export interface ShareCardProps {
  /** The analysis's title and byline. */
  text: CardText;
  /** The analysis's map, drawn as on the page. */
  model: MapModel;
  /** The section or event shared; without one, the card is the article's own. */
  target?: ShareTarget;
}

/**
 * A 1200×630 link-preview card as SVG, which resvg draws to PNG at build time: the analysis
 * title, the shared section or event with its date and hedge, and the map with that place
 * highlighted, or for an event with no place, where it sits in time. Every word on it is at
 * least 22 px, in the page's own colours.
 */
export default function ShareCard({ text, model, target }: ShareCardProps) {
  const layout = layoutCard(text, target);
  const [paper, ink, muted, accent] = ['color-paper', 'color-ink', 'color-muted', 'color-accent'].map(pageColour);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={CARD_WIDTH}
      height={CARD_HEIGHT}
      viewBox={`0 0 ${CARD_WIDTH} ${CARD_HEIGHT}`}
      fontFamily="DejaVu Sans"
    >
      <style>{CARD_STYLE}</style>
      <rect width={CARD_WIDTH} height={CARD_HEIGHT} fill={paper} />
      <rect x={0} y={0} width={CARD_WIDTH} height={10} fill={accent} />
      <CardLines block={layout.kicker} fontWeight="bold" fill={accent} letterSpacing="3" />
      <CardLines block={layout.analysis} fontWeight={target ? 'normal' : 'bold'} fill={target ? muted : ink} />
      <CardLines block={layout.title} fontWeight="bold" fill={ink} />
      <CardLines block={layout.date} fill={muted} />
      <CardLines block={layout.hedge} fontStyle="italic" fill={accent} />
      <CardLines block={layout.footer} fill={muted} />
      {target?.timeline ? (
        <CardTimeline rows={target.timeline} box={layout.map} />
      ) : (
        <CardMap model={model} box={layout.map} {...(target ? { target } : {})} />
      )}
    </svg>
  );
}

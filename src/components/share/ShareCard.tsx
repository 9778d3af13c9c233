import type { Box } from '../../lib/geo/labels';
import type { MapModel } from '../../lib/geo/map-model';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type CardLayout, type CardText } from '../../lib/share/card-layout';
import { LATIN_FAMILY } from '../../lib/share/card-fonts';
import type { CardScript } from '../../lib/share/card-script';
import { CARD_STYLE, RTL_CARD_STYLE } from '../../lib/share/card-style';
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
  /** How the edition's words are set: `cardScript(text.edition)`. */
  script: CardScript;
  /**
   * Some of the card, for a card drawn in layers (card-layers.tsx): the frame (the paper, the
   * analysis and the byline), the words of the target, its map or timeline, or only the marks
   * drawn over its map's ground. The whole card otherwise.
   */
  parts?: CardPart[];
  /** The part of the card to draw, on a sheet of its own size: the whole card otherwise. */
  region?: Box;
  /** The card laid out already, as card-layers.tsx lays it out once for all its layers. */
  layout?: CardLayout;
}

/** A part of a card that can be drawn apart from the rest. */
export type CardPart = 'frame' | 'words' | 'map' | 'map marks';

/**
 * A 1200×630 link-preview card as SVG, which resvg draws to PNG at build time: the analysis
 * title, the shared section or event with its date and hedge, and the map with that place
 * highlighted, or for an event with no place, where it sits in time. Every word on it is at
 * least 22 px, in the page's own colours. A Dari or Pashto card is the English one mirrored, in
 * the editions' Naskh, the site's name at its head too.
 */
export default function ShareCard(props: ShareCardProps) {
  const { text, model, target, script, parts, region } = props;
  const layout = props.layout ?? layoutCard(text, target, script);
  const has = (part: CardPart) => !parts || parts.includes(part);
  const rtl = script.dir === 'rtl';
  const [paper, ink, muted, accent] = ['color-paper', 'color-ink', 'color-muted', 'color-accent'].map(pageColour);
  const { x, y, width, height } = region ?? { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`${x} ${y} ${width} ${height}`}
      fontFamily={LATIN_FAMILY}
    >
      <style>{rtl ? CARD_STYLE + RTL_CARD_STYLE : CARD_STYLE}</style>
      {has('frame') && (
        <>
          <rect width={CARD_WIDTH} height={CARD_HEIGHT} fill={paper} />
          <rect x={0} y={0} width={CARD_WIDTH} height={10} fill={accent} />
          <CardLines block={layout.kicker} script={script} fill={accent} letterSpacing="3" />
          <CardLines block={layout.analysis} script={script} fill={target ? muted : ink} />
        </>
      )}
      {has('words') && (
        <>
          <CardLines block={layout.title} script={script} fill={ink} />
          <CardLines block={layout.date} script={script} fill={muted} />
          <CardLines block={layout.hedge} script={script} fontStyle="italic" fill={accent} />
        </>
      )}
      {has('frame') && <CardLines block={layout.footer} script={script} fill={muted} />}
      {target?.timeline
        ? has('map') && <CardTimeline rows={target.timeline} box={layout.map} script={script} />
        : (has('map') || has('map marks')) && (
            <CardMap
              model={model}
              box={layout.map}
              target={target}
              script={script}
              {...(!has('map') && { layer: 'marks' as const })}
            />
          )}
    </svg>
  );
}

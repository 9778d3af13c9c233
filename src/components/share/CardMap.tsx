import type { Box } from '../../lib/geo/labels';
import type { MapModel } from '../../lib/geo/map-model';
import { isWaterLabel } from '../../lib/geo/water-labels';
import { calloutsInside, cropAround, labelsInside } from '../../lib/share/card-map';
import type { CardScript } from '../../lib/share/card-script';
import { BOLD_MAP_WORDS } from '../../lib/share/card-style';
import { isolated } from '../../lib/share/rtl-pieces';
import type { ShareTarget } from '../../lib/share/targets';
import MapSvg from '../map/MapSvg';
import { MapWords, type WordsAt } from '../map/MapWords';
import { familyOf, round } from './RtlLine';

/** The target's place on the map: its marker ringed, or its border drawn over. */
function Highlight({ highlight }: { highlight: ShareTarget['highlight'] }) {
  if (highlight?.type === 'marker') {
    return <circle className="card-highlight" cx={highlight.x} cy={highlight.y} r={highlight.radius} />;
  }
  if (highlight?.type === 'border') return <path className="card-highlight-line" d={highlight.d} />;
  return null;
}

/**
 * How a right-to-left card sets the map's names and callouts: in pieces, as its own lines are
 * (RtlLine), because resvg would set them left to right ("۳٬۳۷۰ کیلومتر" with its number at the
 * end) and wholly in DejaVu where a bracket is in them. A piece is anchored at its left edge, so
 * that the space the page keeps after a callout's name cannot push it; the line covers the box
 * the label was placed in from the same anchor point, at its width in Naskh.
 */
function rtlWords(script: Extract<CardScript, { dir: 'rtl' }>) {
  return function setWords(words: string, at: WordsAt) {
    const bold = at.className.split(' ').some((name) => BOLD_MAP_WORDS.includes(name));
    const pieces = script.pieces(words, at.fontSize, bold);
    const width = pieces.reduce((sum, piece) => sum + piece.width, 0);
    const right = at.anchor === 'end' ? at.x : at.anchor === 'middle' ? at.x + width / 2 : at.x + width;
    return pieces.map((piece, i) => (
      <tspan
        key={i}
        x={round(right - piece.right - piece.width)}
        textAnchor="start"
        fontFamily={familyOf(piece.face)}
        fontWeight={bold ? 'bold' : 'normal'}
      >
        {isolated(piece.text, piece.rtl)}
      </tspan>
    ));
  };
}

/**
 * The page's map on a card. Round a shared place it is enlarged until the page's own labels read
 * at card size, and shows the labels and callouts that lie wholly in view (the globe and scale
 * are left off); the whole map, for an article or a section, carries only the region's names set
 * large enough (MapModel.cardLabels). Either draws the rivers and lakes, without their names.
 */
export default function CardMap({
  model,
  box,
  target,
  script,
  layer,
}: {
  model: MapModel;
  box: Box;
  target?: ShareTarget | undefined;
  script: CardScript;
  /** Round a place, only what is drawn over the ground (CardGround): the card is drawn in layers. */
  layer?: 'marks';
}) {
  const map = () => {
    const highlight = target?.highlight;
    if (!highlight) {
      return <MapSvg model={{ ...model, labels: model.cardLabels }} placement={box} className="card-whole" />;
    }
    const view = cropAround(highlight, model, box);
    const inView = {
      ...model,
      // The rivers and lakes stay, unnamed: a card's few words are the story's.
      labels: labelsInside(
        model.labels.filter((label) => !isWaterLabel(label.id)),
        view,
      ),
      callouts: calloutsInside(model.callouts, view),
    };
    return (
      <MapSvg model={inView} placement={box} view={view} className="card-crop" {...(layer && { layer })}>
        <Highlight highlight={highlight} />
      </MapSvg>
    );
  };
  return script.dir === 'rtl' ? <MapWords value={rtlWords(script)}>{map()}</MapWords> : map();
}

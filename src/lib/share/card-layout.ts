import type { Edition } from '../i18n/editions';
import { capitalise } from '../text';
import type { CardScript } from './card-script';
import type { ShareTarget } from './targets';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says besides its target. */
export interface CardText {
  /** The site's name at the card's head, in the edition's words. */
  kicker: string;
  analysisTitle: string;
  /** "Borderlines analysis · 7 February 2022". */
  byline: string;
  /** The edition the card speaks, and so which way its text runs. */
  edition: Edition;
}

/** Lines of text set from one baseline down, `lineHeight` apart. */
export interface TextBlock {
  lines: string[];
  /** The edge the lines are set from: their left, or in a right-to-left edition their right. */
  x: number;
  align: 'left' | 'right';
  y: number;
  size: number;
  lineHeight: number;
  bold: boolean;
}

/** Where everything on a card goes; which colours and weights they take is the card's to say. */
export interface CardLayout {
  kicker: TextBlock;
  analysis: TextBlock;
  title: TextBlock;
  date: TextBlock;
  hedge: TextBlock;
  footer: TextBlock;
  /** The map's box on the card. */
  map: { x: number; y: number; width: number; height: number };
}

/** The map's box on an English card: the right half, clear of the top bar and the footer. */
export const CARD_MAP_BOX = { x: 640, y: 110, width: 520, height: 410 } as const;

/** The map's box for an edition: a right-to-left one mirrors the card, its map on the left. */
export const mapBox = (dir: 'ltr' | 'rtl') =>
  dir === 'rtl' ? { ...CARD_MAP_BOX, x: CARD_WIDTH - CARD_MAP_BOX.x - CARD_MAP_BOX.width } : { ...CARD_MAP_BOX };

/** The text column: this far in from the card's edge on the reading side, and this wide. */
const MARGIN = 64;
export const TEXT_WIDTH = 560;
const ANALYSIS_TOP = 150;
const FOOTER_TOP = CARD_HEIGHT - 48;
const HEDGE = { size: 22, lineHeight: 28, glyphWidth: 0.58 };
const DATE = { size: 28, lineHeight: 38 };

/** Sets a card's blocks from its reading side and breaks its text into lines, in the edition's script. */
function setter(script: CardScript) {
  const rtl = script.dir === 'rtl';
  return {
    block: (lines: string[], y: number, size: number, lineHeight = 0, bold = false): TextBlock => ({
      lines,
      x: rtl ? CARD_WIDTH - MARGIN : MARGIN,
      align: rtl ? 'right' : 'left',
      y,
      size,
      lineHeight,
      bold,
    }),
    wrap: (text: string, size: number, bold: boolean, glyphWidth: number, maxLines: number, width = TEXT_WIDTH) =>
      script.wrap(text, width, size, { bold, glyphWidth }, maxLines),
  };
}

/**
 * The hedge travels with the event wherever it is shared, in words, not only as a symbol. However
 * long the titles, it keeps at least one line clear of the footer; the attribution goes with the
 * hedges where it fits whole, and the hedges themselves always do.
 */
function hedgeLines(target: ShareTarget | undefined, hedgeTop: number, script: CardScript): string[] {
  if (!target?.hedge) return [];
  const room = Math.max(1, Math.floor((FOOTER_TOP - 34 - hedgeTop) / HEDGE.lineHeight) + 1);
  const wrap = (text: string) => setter(script).wrap(capitalise(text), HEDGE.size, false, HEDGE.glyphWidth, room);
  const withWho = wrap(target.hedge);
  return withWho.at(-1)?.endsWith('…') ? wrap(target.hedgeWords) : withWho;
}

/**
 * A 1200×630 link-preview card laid out: the analysis title, the shared section or event with
 * its date and hedge, the byline, and the map's box. Without a target it is the article's card,
 * its title set large. A right-to-left edition's card is the mirror of the English: its text
 * column on the right, set from its right edge, and the map on the left.
 */
export function layoutCard(text: CardText, target: ShareTarget | undefined, script: CardScript): CardLayout {
  if (script.dir !== text.edition.dir) throw new Error(`a ${text.edition.code} card set in a ${script.dir} script`);
  const { block, wrap } = setter(script);
  const rtl = script.dir === 'rtl';
  const analysisSize = target ? 28 : 46;
  const analysisLineHeight = target ? 36 : 58;
  const analysis = wrap(text.analysisTitle, analysisSize, !target, 0.6, target ? 2 : 5);
  const titleTop = ANALYSIS_TOP + analysis.length * analysisLineHeight + 40;
  const title = target ? wrap(target.title, 42, true, 0.62, 4) : [];
  const dateTop = titleTop + title.length * 52 + 14;
  // An English date is one line, which its estimate would break where it needs not; a measured
  // one takes a second line rather than run under the map.
  const date = !target ? [] : rtl ? wrap(target.dateLabel, DATE.size, false, 0.58, 2) : [target.dateLabel];
  const hedgeTop = dateTop + Math.max(1, date.length) * DATE.lineHeight;
  const footerWidth = CARD_WIDTH - 2 * MARGIN;
  return {
    kicker: block([text.kicker], 92, 24, 0, true),
    analysis: block(analysis, ANALYSIS_TOP, analysisSize, analysisLineHeight, !target),
    title: block(title, titleTop, 42, 52, true),
    date: block(date, dateTop, DATE.size, DATE.lineHeight),
    hedge: block(hedgeLines(target, hedgeTop, script), hedgeTop, HEDGE.size, HEDGE.lineHeight),
    footer: block(rtl ? wrap(text.byline, 22, false, 0.58, 1, footerWidth) : [text.byline], FOOTER_TOP, 22),
    map: mapBox(script.dir),
  };
}

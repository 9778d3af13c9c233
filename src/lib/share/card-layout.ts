import type { Edition } from '../i18n/editions';
import { capitalise } from '../text';
import type { ShareTarget } from './targets';
import { wrapText } from './wrap-text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says besides its target. */
export interface CardText {
  analysisTitle: string;
  /** "Borderlines analysis · 7 February 2022". */
  byline: string;
  /** The edition the card speaks, and so which way its text runs. */
  edition: Edition;
}

/** Lines of text set from one baseline down, `lineHeight` apart. */
export interface TextBlock {
  lines: string[];
  x: number;
  y: number;
  size: number;
  lineHeight: number;
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

/** The map's box on every card: the right half, clear of the top bar and the footer. */
export const CARD_MAP_BOX = { x: 640, y: 110, width: 520, height: 410 } as const;

const LEFT = 64;
const TEXT_WIDTH = 560;
const ANALYSIS_TOP = 150;
const FOOTER_TOP = CARD_HEIGHT - 48;
const HEDGE = { size: 22, lineHeight: 28, glyphWidth: 0.58 };

const block = (lines: string[], y: number, size: number, lineHeight = 0): TextBlock => ({
  lines,
  x: LEFT,
  y,
  size,
  lineHeight,
});

/**
 * The hedge travels with the event wherever it is shared, in words, not only as a symbol. However
 * long the titles, it keeps at least one line clear of the footer; the attribution goes with the
 * hedges where it fits whole, and the hedges themselves always do.
 */
function hedgeLines(target: ShareTarget | undefined, hedgeTop: number): string[] {
  if (!target?.hedge) return [];
  const room = Math.max(1, Math.floor((FOOTER_TOP - 34 - hedgeTop) / HEDGE.lineHeight) + 1);
  const wrap = (text: string) => wrapText(capitalise(text), TEXT_WIDTH, HEDGE.size, HEDGE.glyphWidth, room);
  const withWho = wrap(target.hedge);
  return withWho.at(-1)?.endsWith('…') ? wrap(target.hedgeWords) : withWho;
}

/**
 * A 1200×630 link-preview card laid out: the analysis title, the shared section or event with
 * its date and hedge, the byline, and the map's box. Without a target it is the article's card,
 * its title set large.
 */
export function layoutCard(text: CardText, target?: ShareTarget): CardLayout {
  const analysisSize = target ? 28 : 46;
  const analysisLineHeight = target ? 36 : 58;
  const analysis = wrapText(text.analysisTitle, TEXT_WIDTH, analysisSize, 0.6, target ? 2 : 5);
  const titleTop = ANALYSIS_TOP + analysis.length * analysisLineHeight + 40;
  const title = target ? wrapText(target.title, TEXT_WIDTH, 42, 0.62, 4) : [];
  const dateTop = titleTop + title.length * 52 + 14;
  const hedgeTop = dateTop + 38;
  return {
    kicker: block(['BORDERLINES'], 92, 24),
    analysis: block(analysis, ANALYSIS_TOP, analysisSize, analysisLineHeight),
    title: block(title, titleTop, 42, 52),
    date: block(target ? [target.dateLabel] : [], dateTop, 28),
    hedge: block(hedgeLines(target, hedgeTop), hedgeTop, HEDGE.size, HEDGE.lineHeight),
    footer: block([text.byline], FOOTER_TOP, 22),
    map: { ...CARD_MAP_BOX },
  };
}

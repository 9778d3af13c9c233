/**
 * Where a reader reaches for the map: the map's column (its figure, its caption, the filters' and
 * the step controls' places, "Back to the text"), the links to it, and the text's tools that work
 * with it ("On the map", the places a passage names, the timeline's events) or that the same
 * script drives (copying a link or an embed: `.copy-link`, both). Written short: it is in every
 * article's page. The map's island is fetched when a pointer moves over one of them, a finger or
 * a pen presses one, or focus moves into one: the reader's intent, not the page's load. Not when
 * one scrolls into view: the map stands in the first screen at every size, so that would fetch the
 * script on every visit.
 */
export const MAP_TOOLS = '#map,[href="#map"],[data-map-targets],.copy-link';

/**
 * The events that show a reader reaching for one of the map's tools: a pointer coming over one, or
 * moving on one it already rested on as the page loaded; a press; focus.
 */
export const INTENT_EVENTS = ['pointerover', 'pointermove', 'pointerdown', 'focusin'] as const;

/** What the island says on the document once its listeners are in place. */
export const MAP_READY = 'borderlines:map-ready';

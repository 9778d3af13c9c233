/**
 * The sizes of what the map draws at a place, in map units, named once: the components draw
 * with them and the model keeps labels clear of them, so the two cannot drift apart.
 */

/** A marker's parts, centred on its place. */
export const MARKER = {
  /** The dashed ring round a point that stands in for a region named only loosely. */
  approximateRing: 11,
  /** Half the side of the dotted square round a point that stands for a whole country. */
  countrySquare: 10.5,
  /** Corner radius of that square. */
  countryCorner: 4,
  /** The disc of a place with several events. */
  groupDisc: 9,
  /** Baseline of the count on that disc, which centres 10px figures on it. */
  groupCount: 3.6,
  /** The unpainted circle that takes a pointer: larger than the symbol, for a finger. */
  hit: 14,
  /** The ring drawn on focus or when the text points at the marker, just outside the hit area. */
  focusRing: 15,
  /** Where the marker's number sits, up and to the right of its symbol. */
  number: { x: 12, y: -9 },
} as const;

/**
 * How far labels keep from a marker's centre: its painted size with the outline, rounded up.
 * A kind's symbol reaches 7.5, the grouped disc 9, the ring and the square 11.
 */
export const MARKER_CLEARANCE = { symbol: 8, group: 10, ring: 12 } as const;

/** Half the side of a capital's square. */
export const CAPITAL_SQUARE = 2.5;

/** How far labels keep from a capital's square. */
export const CAPITAL_CLEARANCE = 3;

/** What of a marker decides its painted size. */
export interface MarkerShape {
  kind: string;
  approximate: boolean;
  country: boolean;
}

/** The clearance of one marker: a ring or square outgrows a grouped disc, which outgrows a symbol. */
export function markerClearance({ kind, approximate, country }: MarkerShape): number {
  if (approximate || country) return MARKER_CLEARANCE.ring;
  return kind === 'group' ? MARKER_CLEARANCE.group : MARKER_CLEARANCE.symbol;
}

/** An off-map callout: an arrow at the frame's edge, then its number, name and distance. */
export const CALLOUT = {
  /** The label's size, as the page's stylesheet and the card's both set it. */
  fontSize: 10,
  /** Average advance of the label's bold glyphs as a share of the font size. */
  glyphWidth: 0.6,
  /** From the number to the name, and from the name to the distance. */
  lineHeight: 11,
  /** Room beside the text inside the callout's box, both sides together. */
  padding: 16,
  /** The box's height for the name and the distance. */
  height: 26,
  /** Length of the arrow, which the box reaches past at the top and bottom edges. */
  arrow: 10,
  /** Where the name's baseline sits from the arrow's tip, by the edge it is on. */
  text: { side: 12, sideLift: 2, top: 20, bottom: 24 },
  /** Corner radius of the box that takes a pointer. */
  corner: 4,
} as const;

/** The ring a share card draws round the marker it is about. */
export const CARD_HIGHLIGHT_RADIUS = 17;

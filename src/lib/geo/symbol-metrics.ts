/**
 * The sizes of what the map draws at a place, in map units, named once: the components draw
 * with them and the model keeps labels clear of them, so the two cannot drift apart.
 */

/**
 * The smallest scale the page shows the map at, in CSS pixels per map unit: its 420 units across
 * a phone 380 pixels wide. Sizes that fingers need are set in map units from it, so they hold on
 * every screen the map is shown on.
 */
export const SMALLEST_SCALE = 0.9;

/** The least size of text on a screen, in CSS pixels. */
export const TEXT_FLOOR = { desktop: 11, phone: 10 } as const;

/**
 * The scale of the map on the narrowest phone it is read on, 360 CSS pixels wide, the map full
 * width less its frame's pixel on either side: its text must still read at 10 px there.
 */
export const NARROWEST_SCALE = (360 - 2) / 420;

/**
 * The size of the map's text, in map units: all of it, labels, callouts, counts and the scale,
 * so that it is 10 px on a phone 360 px wide and 11 px wherever the map is 395 px wide or more.
 */
export const MAP_TEXT = Math.ceil((TEXT_FLOOR.phone / NARROWEST_SCALE) * 10) / 10;

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
  /** Baseline of the count on that disc, which centres its figures on it. */
  groupCount: 3.9,
  /** The dot at a place whose symbol was moved off it, and the line that leads there. */
  place: 2,
  /** Where the marker's number sits, up and to the right of its symbol. */
  number: { x: 12, y: -9 },
} as const;

/**
 * How far labels keep from a marker's centre: its painted size with the outline, rounded up.
 * A kind's symbol reaches 7.5, the grouped disc 9, the ring and the square 11.
 */
export const MARKER_CLEARANCE = { symbol: 8, group: 10, ring: 12 } as const;

/**
 * The ring drawn round a marker on focus, when the text points at it, or on a share card: just
 * outside what it paints, and inside the room its label keeps (4.5 beyond the clearance), so
 * that even a ring 3.5 wide never touches the label.
 */
export const focusRingRadius = (marker: MarkerShape) => markerClearance(marker) + 2;

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
  /** The size of its name and distance. */
  fontSize: MAP_TEXT,
  /** From the number to the name, and from the name to the distance. */
  lineHeight: 12.5,
  /** Room beside the text inside the callout's box, both sides together. */
  padding: 16,
  /** The box's height for the name and the distance. */
  height: 29,
  /** Length of the arrow, which the box reaches past at the top and bottom edges. */
  arrow: 10,
  /** How far back from its tip the arrow's middle lies, where a finger aims at it. */
  arrowMiddle: 6,
  /** Where the name's baseline sits from the arrow's tip, by the edge it is on. */
  text: { side: 12, sideLift: 2, top: 21, bottom: 26 },
  /** Corner radius of the box that takes a pointer. */
  corner: 4,
} as const;

/** What a finger needs, in CSS pixels. */
export const TOUCH = {
  /** The size of a target where neighbours leave room (WCAG 2.5.5). */
  target: 44,
  /** The least any target gets, neighbours or not (WCAG 2.5.8). */
  floor: 24,
} as const;

/** How links on the map take a pointer, in map units (see SMALLEST_SCALE). */
export const HIT = {
  /** A marker's hit area where no neighbour shares it: a disc 44 px across at the smallest scale. */
  radius: Math.ceil((TOUCH.target / 2 / SMALLEST_SCALE) * 10) / 10,
  /**
   * Symbols closer than this are moved apart: the hit area that each keeps between its
   * neighbours, split half-way, still holds a disc 24 px across.
   */
  spacing: Math.ceil(TOUCH.floor / SMALLEST_SCALE),
  /** The width of the band along a border that takes a pointer. */
  border: Math.ceil(TOUCH.target / SMALLEST_SCALE),
  /** The least width and height of a callout's hit box. */
  callout: Math.ceil(TOUCH.target / SMALLEST_SCALE),
} as const;

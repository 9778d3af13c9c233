/** A link on the map that takes its place, and its number, from where the text tells it. */
export interface ReadingOrdered {
  /** Position in reading order: the first passage it links to. */
  order: number;
  /** The number printed beside the link and its passages. */
  number: number;
}

/** Where the first of these passages stands in the text; a link the text never tells comes last. */
export function readingRank(passages: string[], readingOrder: string[]): number {
  const positions = passages.map((passage) => readingOrder.indexOf(passage)).filter((i) => i >= 0);
  return positions.length > 0 ? Math.min(...positions) : readingOrder.length;
}

/** The items in the order the text tells them; ties keep the order given. */
export const inReadingOrder = <T extends { order: number }>(items: T[]) => [...items].sort((a, b) => a.order - b.order);

/** The map's links, each kind in reading order. */
export interface MapLinkLists<B, M, C> {
  borders: B[];
  markers: M[];
  callouts: C[];
}

/**
 * One numbering across borders, markers and callouts (1, 2, …), in the order the text tells
 * them, so a reader finds a passage's number on the map and the map's number in the text.
 * Where two links start at the same passage, borders come first, then markers, then callouts.
 */
export function numberLinks<B extends ReadingOrdered, M extends ReadingOrdered, C extends ReadingOrdered>(
  links: MapLinkLists<B, M, C>,
): MapLinkLists<B, M, C> {
  const all: ReadingOrdered[] = inReadingOrder([...links.borders, ...links.markers, ...links.callouts]);
  const numberOf = new Map(all.map((link, index) => [link, index + 1]));
  const numbered = <T extends ReadingOrdered>(list: T[]) =>
    inReadingOrder(list).map((link) => ({ ...link, number: numberOf.get(link)! }));
  return { borders: numbered(links.borders), markers: numbered(links.markers), callouts: numbered(links.callouts) };
}

/**
 * The one function that turns a name into an anchor id: lowercase ASCII words joined by
 * single hyphens. Section and passage ids must already be in this form, so that a shared
 * link keeps working whatever happens to the paragraphs around it.
 */
export function toAnchorId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when `id` is already what `toAnchorId` would make of it. */
export function isAnchorId(id: string): boolean {
  return id.length > 0 && toAnchorId(id) === id;
}

/** Ids the page itself uses; content may not take them. */
export const RESERVED_IDS = new Set([
  'main',
  'content',
  'map',
  'article',
  'top',
  'timeline',
  'footer',
  'header',
  'corrections',
]);

/** Prefixes of ids the page makes for the map and the timeline. */
const RESERVED_PREFIXES = ['map-', 'timeline-', 'article-', 'correction-'];

/** True for an id the page uses itself, or one in a namespace it keeps for its own parts. */
export const isReservedId = (id: string) =>
  RESERVED_IDS.has(id) || RESERVED_PREFIXES.some((prefix) => id.startsWith(prefix));

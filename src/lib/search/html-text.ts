import { ELEMENT_NODE, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { decodeEntities } from '../html-entities.ts';

// The words of built HTML as a reader reads them, for the search index. Imported by the build
// script under Node as well as by Vite: relative imports name their `.ts`.

/**
 * What is not the text itself: the article's tools and print-only lines, notes on a passage (a
 * correction quotes the earlier wording, which the passage no longer says), words for screen
 * readers alone, a pull quote (a repeat, hidden from screen readers too), a map (its legend, and
 * its events, each found at its own passage), a passage's opening quoted on another page (an
 * actor's), which search finds at the passage itself.
 */
const NOT_TEXT = new Set([
  'map-figure',
  'passage-opening',
  'passage-tools',
  'print-refs',
  'correction-note',
  'stale-note',
  'sr-only',
  'heading-anchor',
  'copy-link',
  'pull-quote',
]);
const NOT_TEXT_ELEMENTS = new Set(['script', 'style', 'template', 'svg', 'button', 'noscript']);
/** Elements that end a run of words: their text never runs into the next element's. */
const BLOCKS =
  /^(p|div|section|article|header|footer|main|nav|aside|figure|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|figcaption|details|summary|table|tr|td|th|br)$/;

export const isElement = (node: Node): node is ElementNode => node.type === ELEMENT_NODE;

/** Whether an element holds no words to search: the list above, hidden, or marked `data-pagefind-ignore`. */
function holdsNoText(element: ElementNode): boolean {
  const { attributes } = element;
  return (
    NOT_TEXT_ELEMENTS.has(element.name) ||
    attributes['aria-hidden'] === 'true' ||
    'hidden' in attributes ||
    'data-pagefind-ignore' in attributes ||
    (attributes.class ?? '').split(/\s+/).some((name) => NOT_TEXT.has(name))
  );
}

/**
 * The words in a node, as plain text on one line, without what holds none; `skip` leaves out more
 * (a section's passages, which are records of their own).
 */
export function textOf(node: Node, skip: (element: ElementNode) => boolean = () => false): string {
  const parts: string[] = [];
  const visit = (current: Node): void => {
    if (current.type === TEXT_NODE) {
      parts.push(decodeEntities(current.value));
      return;
    }
    const block = isElement(current) && BLOCKS.test(current.name);
    if (block) parts.push(' ');
    let previous: Node | undefined;
    for (const child of current.children ?? []) {
      // Two elements side by side with no text between are two things (a title, then its
      // source, each on its own line), and what is left out still parts the words on either side.
      if (isElement(child) && previous && isElement(previous)) parts.push(' ');
      if (isElement(child) && (holdsNoText(child) || skip(child))) parts.push(' ');
      else visit(child);
      previous = child;
    }
    if (block) parts.push(' ');
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

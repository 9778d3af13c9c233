import { excerptPieces } from '../../lib/search/excerpt';
import type { Found } from '../../lib/search/found-links';

/** An element with a class (if any), and its text if given. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/** A link to a passage (or page), named by its title and its excerpt, matched words marked. */
function resultLink(found: Found, className: string): HTMLAnchorElement {
  const link = element('a', className);
  link.href = found.url;
  const excerpt = element('span', 'search-excerpt');
  for (const { text, marked } of excerptPieces(found.excerpt)) {
    excerpt.append(marked ? element('mark', '', text) : text);
  }
  link.append(element('span', 'search-title', found.title), excerpt);
  return link;
}

/** A result, a page: a link to its best passage, and under it its other passages that matched. */
function resultItem([best, ...others]: Found[]): HTMLLIElement {
  const item = document.createElement('li');
  item.append(resultLink(best!, 'search-result'));
  if (others.length > 0) {
    const more = element('ul', 'search-passages');
    for (const found of others) {
      const passage = document.createElement('li');
      passage.append(resultLink(found, 'search-result search-passage'));
      more.append(passage);
    }
    item.append(more);
  }
  return item;
}

/** Shows these results in the list, in place of the last or, with `more`, after them. */
export function showResults(list: HTMLOListElement, found: Found[][], more = false) {
  const items = found.map(resultItem);
  if (more) list.append(...items);
  else list.replaceChildren(...items);
}

/**
 * Moves focus between the field and the results with the arrow keys (Tab goes the same way), so a
 * reader can type and go straight down the list. True when the key was used.
 */
export function stepThroughResults(event: KeyboardEvent, input: HTMLInputElement, list: HTMLOListElement): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>('a')];
  const at = stops.indexOf(document.activeElement as HTMLInputElement);
  if (at < 0) return false;
  const next = stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)];
  next?.focus();
  return true;
}

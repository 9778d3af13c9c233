import { MAP_BESIDE_TEXT } from '../../../lib/sync/layout';

// Small DOM helpers for the map's script; every lookup tolerates a missing element.

export const byId = (id: string): HTMLElement | null => document.getElementById(id);

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** True in the layout that keeps the map in view beside the text. */
export const mapBesideText = () => window.matchMedia(MAP_BESIDE_TEXT).matches;

/** Marks exactly these map elements as current, clearing the rest. */
export function markCurrent(map: Element | null, anchors: string[]) {
  map?.querySelectorAll('[aria-current]').forEach((element) => element.removeAttribute('aria-current'));
  for (const anchor of anchors) byId(anchor)?.setAttribute('aria-current', 'true');
}

/** Highlights one passage (or none) in the text. */
export function markPassage(passage: string | undefined): HTMLElement | null {
  document.querySelectorAll('.passage.is-current').forEach((element) => element.classList.remove('is-current'));
  const element = passage ? byId(passage) : null;
  element?.classList.add('is-current');
  return element;
}

/**
 * In the docked map, when its frame is taller than the window it is docked in, scrolls the window
 * to the first place the text marks.
 */
export function showCurrentInDock() {
  const docked = document.querySelector<HTMLElement>('.map-column.is-docked .map-figure');
  const current = docked?.querySelector('[aria-current="true"]');
  if (!docked || !current || docked.scrollHeight <= docked.clientHeight) return;
  const place = current.getBoundingClientRect();
  const frame = docked.getBoundingClientRect();
  docked.scrollTop += place.top + place.height / 2 - (frame.top + frame.height / 2);
}

/** How far down the page the reader's view starts: below the docked map, by the page's scroll padding. */
const viewTop = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;

/** Whether all of an element is in the reader's view: below the docked map and above the window's bottom. */
export function isWhollyInView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= viewTop() && rect.bottom <= window.innerHeight;
}

/** The scroll position that brings an element to the top of the reader's view, as far as the page can go. */
export function scrollStartOf(element: Element): number {
  const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  const end = document.documentElement.scrollHeight - window.innerHeight;
  const start = window.scrollY + element.getBoundingClientRect().top - viewTop() - margin;
  return Math.max(0, Math.min(end, start));
}

export function isInViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight;
}

/**
 * Runs `act` now and, if the page is still arriving, again once it has all been parsed: the island
 * can wake before the end of a long article (the timeline, the last passages) is in the document.
 * Returns what undoes the second run.
 */
export function nowAndWhenParsed(act: () => void): () => void {
  act();
  if (document.readyState !== 'loading') return () => {};
  document.addEventListener('DOMContentLoaded', act, { once: true });
  return () => document.removeEventListener('DOMContentLoaded', act);
}

import { hrefTo, shareFrom } from '../../../lib/anchors';
import { fill, type SyncWords } from '../../../lib/i18n/sync-words';

/** The address a copy-link control hands out: this page at the element's fragment. */
export const linkTo = (id: string) =>
  `${window.location.origin}${window.location.pathname}${hrefTo(encodeURIComponent(id))}`;

/**
 * Shares or copies a link. The share sheet is used on devices that have one and are touch-first
 * (phones); elsewhere the link goes to the clipboard. Resolves to what happened, for the reader.
 */
export async function shareOrCopy(url: string, title: string, words: SyncWords): Promise<string> {
  const touchFirst = window.matchMedia('(pointer: coarse)').matches;
  if (touchFirst && typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title });
      return words.shared;
    } catch {
      // The reader closed the sheet: fall back to copying.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return words.copied;
  } catch {
    return fill(words.copyThis, { url });
  }
}

/**
 * Hands out a copy-link control's address (its share page where it has one, else the fragment)
 * and says on the control and aloud what happened.
 */
export async function copyLinkFrom(button: HTMLElement, announce: (message: string) => void, words: SyncWords) {
  // A share page lies under the article's own address.
  const share = button.dataset.share;
  const url = share
    ? new URL(shareFrom(window.location.pathname, encodeURIComponent(share)), window.location.origin).href
    : linkTo(button.dataset.copyLink!);
  const result = await shareOrCopy(url, document.title, words);
  announce(result);
  showOnControl(button, result === words.copied || result === words.shared ? `${result} ✓` : words.copyFailed);
}

/** Says on the control, for a moment, what happened. */
export function showOnControl(button: HTMLElement, text: string) {
  const label = button.querySelector<HTMLElement>('.copy-link-label');
  if (!label) return;
  label.dataset.label ??= label.textContent ?? '';
  label.textContent = text;
  window.setTimeout(() => (label.textContent = label.dataset.label!), 2500);
}

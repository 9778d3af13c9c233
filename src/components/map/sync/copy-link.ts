/** The address a copy-link control hands out: this page at the element's fragment. */
export const linkTo = (id: string) => `${window.location.origin}${window.location.pathname}#${encodeURIComponent(id)}`;

/**
 * Shares or copies a link. The share sheet is used on devices that have one and are touch-first
 * (phones); elsewhere the link goes to the clipboard. Resolves to what happened, for the reader.
 */
export async function shareOrCopy(url: string, title: string): Promise<string> {
  const touchFirst = window.matchMedia('(pointer: coarse)').matches;
  if (touchFirst && typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title });
      return 'Shared';
    } catch {
      // The reader closed the sheet: fall back to copying.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'Link copied';
  } catch {
    return `Copy this link: ${url}`;
  }
}

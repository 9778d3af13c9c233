import type { OfflineWords } from '../../lib/offline/offline-words';
import { forgetKept, keepAgain } from './keep-page';

// The line at an analysis's end that says whether it is kept on the device, with the control to
// remove what is kept or to keep again.

/**
 * Fills `slot` for a page kept (or not) on the device, in the page's words, and says what its
 * control did in the status region `said`.
 */
export function showOfflineStatus(
  slot: HTMLElement,
  said: Element,
  words: Omit<OfflineWords, 'reading'>,
  kept: boolean,
) {
  const render = (isKept: boolean, line = isKept ? words.kept : '') => {
    const button = document.createElement('button');
    button.type = 'button';
    // The copy-link controls' look: a quiet text button.
    button.className = 'copy-link';
    button.textContent = isKept ? words.forget : words.keep;
    button.addEventListener('click', async () => {
      let next: HTMLButtonElement;
      if (isKept) {
        await forgetKept();
        next = render(false, words.forgotten);
        said.textContent = words.forgotten;
      } else {
        const nowKept = await keepAgain();
        next = render(nowKept);
        if (nowKept) said.textContent = words.kept;
      }
      next.focus();
    });
    slot.replaceChildren(line && `${line} `, button);
    return button;
  };
  render(kept);
}

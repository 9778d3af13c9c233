import type { OfflineWords } from '../../../lib/offline/offline-words';

// The line at an analysis's end that says whether it is kept on the device, with the control to
// remove what is kept or to keep again.

interface OfflineActions {
  forget: () => Promise<void>;
  keep: () => Promise<boolean>;
  announce: (message: string) => void;
}

/** Fills `slot` for a page kept (or not) on the device, in the page's words. */
export function showOfflineStatus(
  slot: HTMLElement,
  words: Omit<OfflineWords, 'reading'>,
  kept: boolean,
  actions: OfflineActions,
) {
  const render = (isKept: boolean, said = isKept ? words.kept : '') => {
    const text = document.createElement('span');
    text.textContent = said;
    const button = document.createElement('button');
    button.type = 'button';
    // The copy-link controls' look: a quiet text button.
    button.className = 'copy-link';
    button.textContent = isKept ? words.forget : words.keep;
    button.addEventListener('click', async () => {
      if (isKept) {
        await actions.forget();
        render(false, words.forgotten);
        actions.announce(words.forgotten);
      } else {
        const nowKept = await actions.keep();
        render(nowKept);
        if (nowKept) actions.announce(words.kept);
      }
      slot.querySelector('button')?.focus();
    });
    slot.replaceChildren(...(said ? [text, ' '] : []), button);
  };
  render(kept);
}

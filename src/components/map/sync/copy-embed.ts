import { hrefTo } from '../../../lib/anchors';
import { fill, type SyncWords } from '../../../lib/i18n/sync-words';
import { EMBED_SCRIPT_PATH, embedSnippet } from '../../../lib/share/embed-code';
import { showOnControl } from './copy-link';

/**
 * Copies the code that embeds the map at an embed control's address (always to the clipboard:
 * code is not for a share sheet), or, where the clipboard is refused, says the code aloud.
 */
export async function copyEmbedFrom(
  button: HTMLElement,
  embed: string,
  announce: (message: string) => void,
  words: SyncWords,
) {
  const at = (path: string) => new URL(path, window.location.origin).href;
  // The analysis's title is the page's headline: the same iframe title as the code the build writes.
  const title = fill(words.frameTitle, { title: document.querySelector('h1')?.textContent?.trim() ?? '' });
  const code = embedSnippet({
    src: at(`${embed}${hrefTo(encodeURIComponent(button.dataset.copyEmbed!))}`),
    title,
    script: at(EMBED_SCRIPT_PATH),
  });
  try {
    await navigator.clipboard.writeText(code);
    announce(words.embedCopied);
    showOnControl(button, `${words.embedCopied} ✓`);
  } catch {
    announce(fill(words.copyEmbed, { code }));
    showOnControl(button, words.copyFailed);
  }
}

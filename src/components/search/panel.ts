import styles from './search-panel.css?inline';
import { EDITIONS, ORIGINAL } from '../../lib/i18n/editions';
import { loadPagefind, search, type Results } from './pagefind';
import { element, showResults, stepThroughResults } from './results';

// The search panel: a modal dialog with a field, a line that says how many results there are
// (read out as it changes) and the results, a page each: a link to its best passage, and to up to
// two more of its passages that matched. This module, Pagefind and
// the index are fetched when a reader first opens search (see SearchLink.astro); the dialog is
// built then, in the page's language and direction.

/** How many results the list shows at first, and adds at each "More results": the best first. */
const SHOWN = 10;

interface Panel {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  /** The results the list shows, once there are any. */
  results?: Results | undefined;
}

/** The page's edition, by its <html lang>: its search words and its digits. */
const edition = EDITIONS.find(({ htmlLang }) => htmlLang === document.documentElement.lang) ?? ORIGINAL;
const words = edition.search;
const numbers = new Intl.NumberFormat(edition.numberLocales);
let panel: Panel | undefined;
let latest = 0;

/**
 * The panel's style, in a constructed stylesheet: the page's policy governs <style> and <link>,
 * not the CSS object model, so the style needs no hash in every page, and a first visit carries
 * none of it. Its colours are the page's tokens, so it follows the theme.
 */
function adoptStyles() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function createPanel(): Panel {
  adoptStyles();
  const dialog = element('dialog', 'search-panel');
  dialog.setAttribute('aria-label', words.label);
  const box = element('div', 'search-box');
  const close = element('button', 'search-button search-close', words.close);
  close.type = 'button';
  const field = element('label', 'search-field');
  const input = element('input', 'search-input');
  input.type = 'search';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.enterKeyHint = 'search';
  field.append(element('span', 'search-label', words.label), input);
  const status = element('p', 'search-status');
  status.setAttribute('role', 'status');
  const list = element('ol', 'search-results');
  const more = element('button', 'search-button search-more', words.more);
  more.type = 'button';
  more.hidden = true;
  box.append(close, field, status, list, more);
  dialog.append(box);
  document.body.append(dialog);
  const created: Panel = { dialog, input, status, list, more };
  wire(created, close);
  return created;
}

function wire(created: Panel, close: HTMLButtonElement) {
  const { dialog, input, list, more } = created;
  close.addEventListener('click', () => dialog.close());
  more.addEventListener('click', () => void showMore(created));
  // A click on the backdrop, outside the box, closes the panel as Escape does.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  input.addEventListener('input', () => void find(created));
  dialog.addEventListener('keydown', (event) => {
    if (stepThroughResults(event, input, list)) event.preventDefault();
    else if (event.key === 'Enter' && event.target === input) list.querySelector('a')?.focus();
    else if (event.key === 'Escape') {
      // In a search field the first Escape would only clear it: here it closes the panel at once.
      event.preventDefault();
      dialog.close();
    }
  });
  // Following a result closes the panel; on this page the passage then takes focus.
  list.addEventListener('click', (event) => (event.target as Element).closest('a') && dialog.close());
}

/** Searches for what is in the field and shows the results, unless the reader has typed on meanwhile. */
async function find(shown: Panel) {
  const { input, status, list, more } = shown;
  const term = input.value.trim();
  const turn = ++latest;
  if (!term) {
    list.replaceChildren();
    status.textContent = '';
    more.hidden = true;
    return;
  }
  try {
    const results = await search(term, words.separator);
    const found = await results?.slice(0, SHOWN);
    if (!results || !found || turn !== latest) return;
    shown.results = results;
    // A reader who arrowed down into the list before this search came back stays on the same
    // result, or goes back to the field: the new list's links replace the one that had focus,
    // which would otherwise fall to the page's body.
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).href : null;
    showResults(list, found);
    if (focused !== null) ([...list.querySelectorAll('a')].find((link) => link.href === focused) ?? input).focus();
    more.hidden = results.total <= found.length;
    status.textContent =
      results.total === 0 ? words.none(term) : words.results(results.total, numbers.format(results.total));
  } catch {
    if (turn === latest) status.textContent = words.unavailable;
  }
}

/** Adds the next results to the list and takes focus to the first of them, unless the reader has searched again. */
async function showMore({ list, more, results }: Panel) {
  const turn = latest;
  const from = list.children.length;
  const found = await results?.slice(from, SHOWN);
  if (!results || !found || turn !== latest) return;
  showResults(list, found, true);
  more.hidden = list.children.length >= results.total;
  list.children[from]?.querySelector('a')?.focus();
}

/** Opens the panel, focus in its field; Escape, Close or a result closes it, and focus goes back to `opener`. */
export function openSearch(opener: HTMLElement) {
  panel ??= createPanel();
  const { dialog, input, status } = panel;
  dialog.addEventListener('close', () => opener.isConnected && opener.focus(), { once: true });
  dialog.showModal();
  input.focus();
  input.select();
  // Pagefind loads while the reader types.
  loadPagefind().catch(() => (status.textContent = words.unavailable));
}

import { foundLinks, type Found, type PageData } from '../../lib/search/found-links';
import { SEARCH_INDEX_FOLDER } from '../../lib/search/paths';

// Pagefind's browser API, fetched from the index's folder when a reader first opens search: its
// script, its WebAssembly and the edition's index arrive only then. It chooses the index by the
// page's <html lang> ("fa-AF" finds the index the build named "fa").

interface PagefindResult {
  data(): Promise<PageData>;
}

/** The part of Pagefind's API the panel uses (pagefind.app/docs/api). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, wait?: number): Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND_SCRIPT = `/${SEARCH_INDEX_FOLDER}/pagefind.js`;
/** Pagefind waits this long after the last keystroke before it searches. */
const TYPING_PAUSE_MS = 150;

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded once; a failed load is tried again at the next call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as Pagefind;
    // On the page's own thread, under the page's policy (which allows its WebAssembly), and without
    // a worker's script to fetch as well.
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** A search's results, a page each, best first: how many, and what shows them, a slice at a time. */
export interface Results {
  total: number;
  /** Results `from` to `from + count`, each its passages that matched, best first (fetched only now). */
  slice: (from: number, count: number) => Promise<Found[][]>;
}

/**
 * The results for `term`, a passage under its page's best titled with `separator` (the edition's)
 * taken off; null when the reader has typed on and a newer search has taken its place.
 */
export async function search(term: string, separator: string): Promise<Results | null> {
  const pagefind = await loadPagefind();
  const response = await pagefind.debouncedSearch(term, {}, TYPING_PAUSE_MS);
  if (!response) return null;
  const slice = async (from: number, count: number) => {
    const data = await Promise.all(response.results.slice(from, from + count).map((result) => result.data()));
    return data.map((page) => foundLinks(page, separator));
  };
  return { total: response.results.length, slice };
}

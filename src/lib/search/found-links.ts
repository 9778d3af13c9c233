// What the search panel shows of a page that matched: its passages that matched, best first.
// Pagefind scores the page as a whole and gives each part of it that holds a matched word (the
// passages and sections marked in documents.ts, and the page's own words) as a sub result.

/** A link the panel shows: the passage, section or page it leads to, its title and its excerpt. */
export interface Found {
  url: string;
  title: string;
  /** Pagefind's excerpt, the matched words in <mark> (see excerptPieces). */
  excerpt: string;
}

/** A part of the page that matched, as Pagefind gives it. */
export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  /** Each matched word, with its score. */
  weighted_locations?: { balanced_score: number }[];
}

/** A page that matched, as Pagefind's `result.data()` gives it (pagefind.app/docs/api). */
export interface PageData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}

/** Passages a result shows at most: the best, and two more of the same page. */
export const PASSAGES_SHOWN = 3;

const score = (part: SubResult) =>
  (part.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * The page's parts that matched, best first (in the page's order where they score the same), at
 * most `most`; the page itself when Pagefind gives none. A passage is titled by its section and
 * its page ("Iran engages · Between Tehran and Islamabad"): under the best, where the page is
 * named already, by its section alone. `separator` is what parts the two, in the edition's words.
 */
export function foundLinks(data: PageData, separator: string, most = PASSAGES_SHOWN): Found[] {
  const page = data.meta.title ?? data.url;
  const suffix = `${separator}${page}`;
  const parts = (data.sub_results ?? [])
    .map((part, order) => ({ part, order, score: score(part) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, most)
    .map(({ part }, rank) => ({
      url: part.url,
      title: rank > 0 && part.title.endsWith(suffix) ? part.title.slice(0, -suffix.length) : part.title,
      excerpt: part.excerpt,
    }));
  return parts.length > 0 ? parts : [{ url: data.url, title: page, excerpt: data.excerpt }];
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

interface Fragment {
  url: string;
  anchors: { id: string; title?: string }[];
}

/** The pages in the search index at `index`, by the language of the index that holds them (Pagefind's fragment files). */
export function indexedPages(index: string): Record<string, Fragment[]> {
  const pages: Record<string, Fragment[]> = {};
  for (const file of readdirSync(join(index, 'fragment'))) {
    // A fragment is gzip of a signature, then the page as JSON.
    const fragment = gunzipSync(readFileSync(join(index, 'fragment', file))).toString('utf8');
    (pages[file.split('_')[0]!] ??= []).push(JSON.parse(fragment.slice(fragment.indexOf('{'))) as Fragment);
  }
  return pages;
}

/**
 * Every address a search result can lead to in the index at `index`, by language: each page's,
 * and each of its passages and sections (the anchors Pagefind gives as sub results, those with a title).
 */
export function recordUrls(index: string): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(indexedPages(index)).map(([language, pages]) => [
      language,
      pages.flatMap(({ url, anchors }) => [
        url,
        ...anchors.filter((anchor) => anchor.title).map((anchor) => `${url}#${anchor.id}`),
      ]),
    ]),
  );
}

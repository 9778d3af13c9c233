/** The search index's folder at the site's root: Pagefind's default, where its script finds its files. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

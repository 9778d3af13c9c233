import { EDITIONS, ORIGINAL } from '../i18n/editions.ts';

// Which built pages the search index reads. Every page a reader may want to find is searched,
// whatever its kind (analyses today; actors and relations as they come); these are not.

/** Each edition's home page: a list of what is searched on its own pages. */
const HOME_PAGES = new Set(EDITIONS.map(({ code }) => (code === ORIGINAL.code ? '/' : `/${code}/`)));

/** Whether the page served at `path` ("/fa/analyses/x/") belongs in the search index. */
export function isSearched(path: string): boolean {
  // A share page only sends readers on to its passage, which is found in its own right.
  if (path.includes('/share/')) return false;
  // An embed is the analysis's map for a partner's page, every word of it on the analysis's own;
  // its code's page is code.
  if (path.includes('/embed/')) return false;
  // An analysis's log says what changed in passages that are found in their own right; a search
  // for their words should land on the passages, not on the record of their earlier wording.
  if (/\/analyses\/[^/]+\/corrections\/$/.test(path)) return false;
  // The page not found is served at any address that has no page.
  if (path === '/404.html') return false;
  return !HOME_PAGES.has(path);
}

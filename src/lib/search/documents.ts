import { escapeAttribute, escapeHtml } from '../html-entities.ts';
import type { SearchRecord } from './records.ts';

// What Pagefind indexes: one document a page, its passages and sections marked in it as Pagefind's
// anchors, so that a search scores the page once and names the passages that matched (its "sub
// results"). A record each passage made Pagefind keep, score and list each passage as a page of
// its own: at 1,000 analyses, 50,000 of them, which took it most of a minute to index.

/** A page as Pagefind's `addHTMLFile` takes it. */
export interface SearchDocument {
  url: string;
  /** Its edition's search language: the index it belongs to. */
  language: string;
  content: string;
}

/** The page a record belongs to ("/fa/analyses/x/" for "/fa/analyses/x/#water-release"). */
const pageOf = (url: string) => url.split('#')[0]!;

/**
 * The records' pages, in the order they first appear, each written as HTML that Pagefind reads
 * back to them: the page's own words first (an analysis's headline and standfirst), then each
 * passage or section as an element with its id and its title (`data-pagefind-title`). The page's
 * title is its own record's, else its first record's.
 */
export function searchDocuments(records: SearchRecord[]): SearchDocument[] {
  const pages = new Map<string, SearchRecord[]>();
  for (const record of records) {
    const page = pageOf(record.url);
    const own = pages.get(page);
    if (own) own.push(record);
    else pages.set(page, [record]);
  }
  return [...pages].map(([url, own]) => {
    const { language } = own[0]!;
    const title = (own.find((record) => record.url === url) ?? own[0]!).meta.title;
    // The page's own words come before any anchor: Pagefind gives them to the page itself.
    const ordered = [...own.filter((record) => record.url === url), ...own.filter((record) => record.url !== url)];
    const parts = ordered.map((record) => {
      if (record.language !== language) {
        throw new Error(
          `search index: ${record.url} is in ${record.language}, but the other records of ${url} are in ${language}: a page is in one edition`,
        );
      }
      const id = record.url.slice(url.length + 1);
      const text = escapeHtml(record.content);
      return id
        ? `<p id="${escapeAttribute(id)}" data-pagefind-title="${escapeAttribute(record.meta.title)}">${text}</p>`
        : `<p>${text}</p>`;
    });
    const head = `<meta data-pagefind-meta="title[content]" content="${escapeAttribute(title)}">`;
    const content = `<!doctype html><html lang="${escapeAttribute(language)}"><head>${head}</head><body data-pagefind-body>${parts.join('')}</body></html>`;
    return { url, language, content };
  });
}

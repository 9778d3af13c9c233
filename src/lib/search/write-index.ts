import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { listBuiltPages } from '../built-pages.ts';
import { searchDocuments } from './documents.ts';
import { isSearched } from './pages.ts';
import { SEARCH_INDEX_FOLDER } from './paths.ts';
import { fileIdentity, readIndexedPages, writeIndexedPages, type IndexedPage } from './record-cache.ts';
import { pageRecords, type SearchRecord } from './records.ts';

// The search index of a built site: Pagefind's, written to <dir>/pagefind/, one index per edition's
// language, each page added as one document through its Node API (which runs Pagefind's own
// binary).

/**
 * Not published: Pagefind's ready-made interfaces (the site has its own panel) and its worker (the
 * panel searches on the page's own thread).
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

/** Pages sent to Pagefind at once. */
const BATCH = 100;

/** Pagefind answers with a list of errors instead of throwing: this throws them, naming what was being done. */
function check(errors: string[], doing: string) {
  if (errors.length > 0) throw new Error(`search index: ${doing}: ${errors.join('; ')}`);
}

/**
 * Adds records to a new index, a document a page (documents.ts), and writes it under `dir`;
 * returns how many records each language has.
 */
export async function writeRecords(records: SearchRecord[], dir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const documents = searchDocuments(records);
  try {
    const { index, errors } = await pagefind.createIndex({});
    check(errors, 'starting Pagefind');
    // Pagefind's service answers messages in any order: sent a batch at a time, pages cost one
    // round trip a batch, not one each.
    for (let start = 0; start < documents.length; start += BATCH) {
      const batch = documents.slice(start, start + BATCH);
      const answers = await Promise.all(batch.map(({ url, content }) => index!.addHTMLFile({ url, content })));
      answers.forEach(({ errors }, i) => check(errors, `adding ${batch[i]!.url}`));
    }
    for (const { language } of records) counts[language] = (counts[language] ?? 0) + 1;
    const { files, errors: writing } = await index!.getFiles();
    check(writing, 'building the index');
    const published = files.filter((file) => !UNUSED.test(file.path));
    const paths = published.map((file) => join(dir, SEARCH_INDEX_FOLDER, file.path));
    for (const folder of new Set(paths.map((path) => dirname(path)))) mkdirSync(folder, { recursive: true });
    published.forEach((file, i) => writeFileSync(paths[i]!, file.content));
  } finally {
    await pagefind.close();
  }
  return counts;
}

/**
 * The records of every searched page of the site built in `dir`, and each page's records with its
 * file's identity; a page whose file is the one `known` indexed (linked from the last build) is
 * not parsed again.
 */
export function siteRecords(
  dir: string,
  known: Map<string, IndexedPage> = new Map(),
): { records: SearchRecord[]; pages: Map<string, IndexedPage>; kept: number } {
  const pages = new Map<string, IndexedPage>();
  let kept = 0;
  for (const page of listBuiltPages(dir).filter(({ path }) => isSearched(path))) {
    const identity = fileIdentity(page.file);
    const last = known.get(page.path);
    const linked = last?.identity === identity;
    if (linked) kept++;
    const records = linked ? last.records : pageRecords(readFileSync(page.file, 'utf8'), page.path, page.file);
    pages.set(page.path, { identity, records });
  }
  return { records: [...pages.values()].flatMap((page) => page.records), pages, kept };
}

/**
 * Indexes every searched page of the site built in `dir`; returns how many records each language
 * has, and of how many pages they were read from the last build. With `cache`, the pages' records
 * are kept in its file for the next build, and read from it when `reuse` (a rebuild of some
 * analyses, whose code is the last build's).
 */
export async function writeSearchIndex(
  dir: string,
  cache?: { file: string; reuse: boolean },
): Promise<{ counts: Record<string, number>; kept: number }> {
  const { records, pages, kept } = siteRecords(dir, cache?.reuse ? readIndexedPages(cache.file) : undefined);
  const counts = await writeRecords(records, dir);
  if (cache) writeIndexedPages(cache.file, pages);
  return { counts, kept };
}

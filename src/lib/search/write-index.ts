import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { listBuiltPages } from '../built-pages.ts';
import { isSearched } from './pages.ts';
import { SEARCH_INDEX_FOLDER } from './paths.ts';
import { pageRecords, type SearchRecord } from './records.ts';

// The search index of a built site: Pagefind's, written to <dir>/pagefind/, one index per edition's
// language, every record added through its Node API (which runs Pagefind's own binary).

/**
 * Not published: Pagefind's ready-made interfaces (the site has its own panel) and its worker (the
 * panel searches on the page's own thread).
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

/** Pagefind answers with a list of errors instead of throwing: this throws them, naming what was being done. */
function check(errors: string[], doing: string) {
  if (errors.length > 0) throw new Error(`search index: ${doing}: ${errors.join('; ')}`);
}

/** Adds records to a new index and writes it under `dir`; returns how many records each language has. */
export async function writeRecords(records: SearchRecord[], dir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  try {
    const { index, errors } = await pagefind.createIndex({});
    check(errors, 'starting Pagefind');
    for (const record of records) {
      check((await index!.addCustomRecord(record)).errors, `adding ${record.url}`);
      counts[record.language] = (counts[record.language] ?? 0) + 1;
    }
    const { files, errors: writing } = await index!.getFiles();
    check(writing, 'building the index');
    for (const file of files.filter((file) => !UNUSED.test(file.path))) {
      const path = join(dir, SEARCH_INDEX_FOLDER, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
  } finally {
    await pagefind.close();
  }
  return counts;
}

/** Indexes every searched page of the site built in `dir`; returns how many records each language has. */
export function writeSearchIndex(dir: string): Promise<Record<string, number>> {
  const records = listBuiltPages(dir)
    .filter((page) => isSearched(page.path))
    .flatMap((page) => pageRecords(readFileSync(page.file, 'utf8'), page.path, page.file));
  return writeRecords(records, dir);
}

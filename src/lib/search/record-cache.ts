import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SearchRecord } from './records.ts';

// The search records of each page the last build indexed, kept in the build's cache: a rebuild of
// some analyses links every other analysis's pages from the last build, the same files, and reads
// their records here instead of parsing their HTML again (at 1,000 analyses, most of a minute).

/** A page's records, with what tells its file from any other. */
export interface IndexedPage {
  identity: string;
  records: SearchRecord[];
}

/**
 * What tells a file from any other: its inode, size and time of change. A file linked into a new
 * folder keeps all three; one written again, even with the same bytes, does not.
 */
export function fileIdentity(file: string): string {
  const { ino, size, mtimeMs } = statSync(file);
  return `${ino}:${size}:${mtimeMs}`;
}

/** The pages the last build indexed, by address; none when there is no readable record of them. */
export function readIndexedPages(file: string): Map<string, IndexedPage> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, IndexedPage>));
  } catch {
    return new Map();
  }
}

/** Keeps the pages this build indexed for the next, whole or not at all. */
export function writeIndexedPages(file: string, pages: Map<string, IndexedPage>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.next`, JSON.stringify(Object.fromEntries(pages)));
  renameSync(`${file}.next`, file);
}

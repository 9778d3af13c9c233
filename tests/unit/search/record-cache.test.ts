import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readIndexedPages, writeIndexedPages } from '../../../src/lib/search/record-cache';
import { siteRecords } from '../../../src/lib/search/write-index';

const scratch = mkdtempSync(join(tmpdir(), 'borderlines-records-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (words: string) =>
  `<!doctype html><html lang="en-GB"><head><title>${words}</title></head><body><main id="main"><h1>${words}</h1></main></body></html>`;

/** A built site of two actors' pages, as a build writes it into a folder of its own. */
function site(name: string, words: Record<string, string>) {
  const dir = join(scratch, name);
  for (const [id, text] of Object.entries(words)) {
    mkdirSync(join(dir, 'actors', id), { recursive: true });
    writeFileSync(join(dir, 'actors', id, 'index.html'), page(text));
  }
  return dir;
}

const contents = (records: { url: string; content: string }[]) =>
  records.map(({ url, content }) => `${url} ${content}`);

describe('the search records of a rebuild of some analyses', () => {
  test('are read from the last build for a page linked from it, and from the HTML for a page written again', () => {
    const last = site('last', { iran: 'Iran', pakistan: 'Pakistan' });
    const indexed = siteRecords(last).pages;
    // What the last build kept of a page it linked, marked to tell it from a parse of the HTML.
    indexed.get('/actors/iran/')!.records[0]!.content = 'kept from the last build';
    const next = site('next', { pakistan: 'Pakistan, corrected' });
    mkdirSync(join(next, 'actors', 'iran'));
    linkSync(join(last, 'actors', 'iran', 'index.html'), join(next, 'actors', 'iran', 'index.html'));
    expect(contents(siteRecords(next, indexed).records)).toEqual([
      '/actors/iran/ kept from the last build',
      '/actors/pakistan/ Pakistan, corrected',
    ]);
  });

  test('are read from the HTML when the file at an address is another, even of the same size', () => {
    const last = site('same-size-last', { iran: 'Iran' });
    const indexed = siteRecords(last).pages;
    indexed.get('/actors/iran/')!.records[0]!.content = 'kept from the last build';
    const next = site('same-size-next', { iran: 'Iraq' });
    expect(contents(siteRecords(next, indexed).records)).toEqual(['/actors/iran/ Iraq']);
  });

  test('are kept whole in the cache for the next build, and none are read from a cache that cannot be read', () => {
    const file = join(scratch, 'cache', 'search-records.json');
    const { pages } = siteRecords(site('kept', { iran: 'Iran' }));
    writeIndexedPages(file, pages);
    expect(readIndexedPages(file)).toEqual(pages);
    writeFileSync(file, '{"half');
    expect(readIndexedPages(file).size).toBe(0);
  });
});

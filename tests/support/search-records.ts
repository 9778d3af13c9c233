import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every record's address in the search index at `index`, by the language of the index that holds it (Pagefind's fragment files). */
export function recordUrls(index: string): Record<string, string[]> {
  const urls: Record<string, string[]> = {};
  for (const file of readdirSync(join(index, 'fragment'))) {
    // A fragment is gzip of a signature, then the record as JSON.
    const fragment = gunzipSync(readFileSync(join(index, 'fragment', file))).toString('utf8');
    const record = JSON.parse(fragment.slice(fragment.indexOf('{')));
    (urls[file.split('_')[0]!] ??= []).push(record.url);
  }
  return urls;
}

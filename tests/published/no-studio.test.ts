import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { listFiles } from '../../src/lib/list-files';

// The editor's studio is served by `npm run edit` alone: the published site carries none of it,
// so no reader loads a byte of it and no sitemap, feed or search index can name it.
const files = listFiles('dist');

test('the published site has no page, script or file of the studio', () => {
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((file) => /studio|sveltia/i.test(file))).toEqual([]);
  const text = files.filter((file) => /\.(html|js|css|xml|json|txt|webmanifest)$/.test(file));
  const naming = text.filter((file) => /\/studio\/|sveltia/i.test(readFileSync(file, 'utf8')));
  expect(naming).toEqual([]);
});

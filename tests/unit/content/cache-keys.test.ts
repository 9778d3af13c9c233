import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cacheKeys } from '../../../src/lib/content/cache-keys';

/** A content root of two analyses, an actor and the record of what was published. */
function site(record: Record<string, unknown>, actor = '{"id":"latvia"}') {
  const root = mkdtempSync(join(tmpdir(), 'borderlines-keys-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('content/analyses/a.mdx', 'A');
  write('content/analyses/b.mdx', 'B');
  write('data/events/a.json', '{}');
  write('data/entities/latvia.json', actor);
  write('content/published.lock.json', JSON.stringify({ '//': 'note', ...record }));
  return root;
}

describe('the keys of the pages a build renders', () => {
  test('list every analysis, each with a key of its own', () => {
    const keys = cacheKeys(site({}));
    expect(Object.keys(keys.analyses())).toEqual(['a', 'b']);
    expect(keys.analyses().a).toBe(keys.analysis('a'));
    expect(keys.analysis('a')).not.toBe(keys.analysis('b'));
  });

  test('publishing one analysis changes its key alone, and the site’s', () => {
    const before = cacheKeys(site({ a: { en: 1 }, b: { en: 1 } }));
    const after = cacheKeys(site({ a: { en: 2 }, b: { en: 1 } }));
    expect(after.analysis('a')).not.toBe(before.analysis('a'));
    expect(after.analysis('b')).toBe(before.analysis('b'));
    expect(after.site).not.toBe(before.site);
  });

  test('a file every page reads changes every key', () => {
    const before = cacheKeys(site({}));
    const after = cacheKeys(site({}, '{"id":"latvia","name":"Latvia"}'));
    expect(after.analysis('a')).not.toBe(before.analysis('a'));
    expect(after.analysis('b')).not.toBe(before.analysis('b'));
  });
});

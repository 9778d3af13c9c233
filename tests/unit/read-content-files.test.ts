import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/check/read-content-files';

const root = mkdtempSync(join(tmpdir(), 'borderlines-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the content files are read, and a folder of drafts or a hidden file beside them is left alone', () => {
  cpSync('tests/fixtures/sites/baltic', root, { recursive: true });
  mkdirSync(join(root, 'content/analyses/drafts'));
  writeFileSync(join(root, 'content/analyses/drafts/next.mdx'), 'not yet');
  writeFileSync(join(root, 'content/analyses/.DS_Store'), '');
  const paths = readContentFiles(root).map((file) => file.path.slice(root.length + 1));
  expect(paths).toEqual([
    'content/analyses/baltic-fixture.mdx',
    'data/events/baltic-fixture.json',
    'data/entities/estonia.json',
    'data/entities/eu.json',
    'data/entities/latvia.json',
    'data/entities/lithuania.json',
    'content/editions/fa/baltic-fixture.mdx',
    'data/editions/fa/baltic-fixture.json',
  ]);
});

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { filesOfAnalyses, readContentFiles } from '../../src/lib/check/read-content-files';

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

test('a check of one analysis reads its files in every edition and the registry, and no other analysis’s', () => {
  const site = mkdtempSync(join(tmpdir(), 'borderlines-read-'));
  cpSync('tests/fixtures/sites/baltic', site, { recursive: true });
  cpSync('tests/fixtures/sites/caucasus', site, { recursive: true });
  const paths = filesOfAnalyses(site, readContentFiles(site), new Set(['baltic-fixture'])).map((file) =>
    file.path.slice(site.length + 1),
  );
  rmSync(site, { recursive: true, force: true });
  expect(paths.filter((path) => !path.startsWith('data/entities/'))).toEqual([
    'content/analyses/baltic-fixture.mdx',
    'data/events/baltic-fixture.json',
    'content/editions/fa/baltic-fixture.mdx',
    'data/editions/fa/baltic-fixture.json',
  ]);
  expect(paths).toContain('data/entities/armenia.json');
});

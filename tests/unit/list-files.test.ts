import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../src/lib/list-files';

const root = mkdtempSync(join(tmpdir(), 'borderlines-list-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listFiles', () => {
  test('an edition folder inside the content folder is read too, in a fixed order whatever the disk returns', () => {
    mkdirSync(join(root, 'content/editions/fa'), { recursive: true });
    for (const file of ['content/z.mdx', 'content/editions/fa/a.mdx', 'content/a.mdx']) {
      writeFileSync(join(root, file), '');
    }
    expect(listFiles(join(root, 'content'))).toEqual(
      ['content/a.mdx', 'content/editions/fa/a.mdx', 'content/z.mdx'].map((file) => join(root, file)),
    );
  });

  test('a site without a folder (a fixture without editions) has no files there, rather than failing', () => {
    expect(listFiles(join(root, 'data/editions'))).toEqual([]);
  });
});

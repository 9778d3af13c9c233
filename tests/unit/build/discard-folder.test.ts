import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { discardFolder } from '../../../src/lib/build/discard-folder';

const folderWithFiles = (path: string) => {
  mkdirSync(join(path, 'analyses', 'x'), { recursive: true });
  writeFileSync(join(path, 'analyses', 'x', 'index.html'), '<p>the last build</p>');
};

describe('the last build’s folder, once a new one is ready', () => {
  test('gives up its name at once, and is deleted by a process of its own', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'borderlines-discard-'));
    const dist = join(parent, 'dist');
    folderWithFiles(dist);
    const doomed = discardFolder(`${dist}/`);
    expect(existsSync(dist)).toBe(false);
    expect(doomed).toEqual([`${dist}.old-${process.pid}`]);
    await expect.poll(() => readdirSync(parent), { timeout: 20_000 }).toEqual([]);
  });

  test('takes with it any folder an earlier build left aside, and nothing else beside it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'borderlines-discard-'));
    folderWithFiles(join(parent, 'dist'));
    folderWithFiles(join(parent, 'dist.old-12'));
    folderWithFiles(join(parent, 'dist.next'));
    folderWithFiles(join(parent, 'distant.old-3'));
    expect(discardFolder(join(parent, 'dist'))).toHaveLength(2);
    await expect.poll(() => readdirSync(parent).sort(), { timeout: 20_000 }).toEqual(['dist.next', 'distant.old-3']);
  });

  test('with no folder to discard, starts nothing', () => {
    const parent = mkdtempSync(join(tmpdir(), 'borderlines-discard-'));
    expect(discardFolder(join(parent, 'dist'))).toEqual([]);
  });
});

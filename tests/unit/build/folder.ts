import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder holding these files (path → text), as a build's output would. */
export function folderOf(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'borderlines-folder-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

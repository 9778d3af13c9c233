import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FOLDERS } from './check-content';
import type { SourceFile } from './read-sources';

/** Every file in the content folders under `root` (hidden files aside), as bytes. */
export function readContentFiles(root: string): SourceFile[] {
  return Object.values(CONTENT_FOLDERS).flatMap(([folder]) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => ({ path: join(dir, name), bytes: readFileSync(join(dir, name)) }));
  });
}

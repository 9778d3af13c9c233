import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under a folder, in the folders inside it too, as paths that start with the folder,
 * sorted; none where the folder does not exist (a fixture site without editions, say).
 */
export const listFiles = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
    : [];

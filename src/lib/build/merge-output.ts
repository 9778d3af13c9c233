import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { listFiles } from '../list-files';

/**
 * Copies one slice's built files into the merged site. A file both have must be the same byte for
 * byte (the styles, the scripts, the icon, `_headers`: every slice builds them from the same code);
 * a file that differs stops the merge with its name, since one of them would be lost.
 */
export function mergeOutput(from: string, into: string): void {
  for (const file of listFiles(from)) {
    const path = relative(from, file);
    const target = join(into, path);
    if (existsSync(target)) {
      if (!readFileSync(target).equals(readFileSync(file))) {
        throw new Error(
          `Merging the build's slices: ${path} differs between ${into} and ${from}. Each slice must build it alike; build the slices from the same commit, or build the site in one process (BORDERLINES_SLICES=1).`,
        );
      }
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}

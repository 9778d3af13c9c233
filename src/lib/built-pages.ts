import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file the build wrote under `dir`, with the address it is served at. */
export function listBuiltPages(dir = 'dist'): { file: string; path: string }[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name.endsWith('.html') ? [path] : [];
    });
  return walk(dir)
    .sort()
    .map((file) => ({ file, path: `/${relative(dir, file)}`.replace(/index\.html$/, '') }));
}

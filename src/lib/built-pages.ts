import { relative } from 'node:path';
import { listFiles } from './list-files.ts';

/** Every HTML file the build wrote under `dir`, with the address it is served at. */
export function listBuiltPages(dir = 'dist'): { file: string; path: string }[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: `/${relative(dir, file)}`.replace(/index\.html$/, '') }));
}

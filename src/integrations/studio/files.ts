import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, normalize, relative } from 'node:path';
import { contentFolders } from '../../lib/check/read-content-files';
import { GLOSSARY_FILE } from '../../lib/content/paths';
import { listFiles } from '../../lib/list-files';

/** The folders an editor writes in through the studio: every content folder, and the glossary. */
const editable = () => [...contentFolders(), GLOSSARY_FILE];

/** Whether the studio may read and write this path (relative to the content root, `/`-separated). */
export function isEditable(path: string): boolean {
  if (path !== normalize(path) || path.startsWith('/') || path.includes('..')) return false;
  if (path.split('/').some((part) => part.startsWith('.'))) return false;
  return editable().some((place) =>
    place === GLOSSARY_FILE
      ? path === place
      : path.startsWith(`${place}/`) && !path.slice(place.length + 1).includes('/') && /\.(mdx|json)$/.test(path),
  );
}

/** Every file the studio shows, by path relative to `root`, with its text. */
export function editableFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const place of editable()) {
    const full = join(root, place);
    if (!existsSync(full)) continue;
    const paths = place === GLOSSARY_FILE ? [full] : listFiles(full);
    for (const file of paths) {
      const path = relative(root, file).split('\\').join('/');
      if (isEditable(path)) files[path] = readFileSync(file, 'utf8');
    }
  }
  return files;
}

export const readEditable = (root: string, path: string): string | undefined =>
  existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;

/**
 * Writes a file whole or not at all: into a hidden file beside it, then renamed over it, so that
 * the development server's watcher (and anyone reading) never sees it half written.
 */
export function writeEditable(root: string, path: string, text: string) {
  const target = join(root, path);
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.saving`);
  writeFileSync(partial, text);
  renameSync(partial, target);
}

export const removeEditable = (root: string, path: string) => rmSync(join(root, path), { force: true });

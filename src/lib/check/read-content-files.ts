import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { TRANSLATIONS } from '../i18n/editions';
import { editionFolders, ENTITIES_FOLDER, GLOSSARY_FILE, PUBLISHED_FILE } from '../content/paths';
import { CONTENT_FOLDERS } from './check-content';
import type { SourceFile } from './read-sources';

/** Every folder that holds content, relative to the content root: originals, events, actors and editions. */
export const contentFolders = (): string[] => [
  ...Object.values(CONTENT_FOLDERS).map(([folder]) => folder),
  ENTITIES_FOLDER,
  ...TRANSLATIONS.flatMap(({ code }) => Object.values(editionFolders(code))),
];

/** The folders whose files each belong to one analysis, named by its slug: its own, and its editions'. */
const analysisFolders = (): string[] => contentFolders().filter((folder) => folder !== ENTITIES_FOLDER);

/**
 * The files a check of some analyses reads: theirs, in every edition, and those every analysis
 * is checked against (the registry, the glossary and the record of what was published).
 */
export function filesOfAnalyses(root: string, files: SourceFile[], slugs: Set<string>): SourceFile[] {
  const folders = new Set(analysisFolders());
  return files.filter(
    (file) => !folders.has(relative(root, dirname(file.path))) || slugs.has(basename(file.path, extname(file.path))),
  );
}

/**
 * Every file in the content folders under `root`, editions included (hidden files and folders
 * aside), and the glossary and the record of what was published where they exist, as bytes.
 */
export function readContentFiles(root: string): SourceFile[] {
  const single = [GLOSSARY_FILE, PUBLISHED_FILE].map((file) => join(root, file)).filter((path) => existsSync(path));
  const inFolders = contentFolders().flatMap((folder) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    // Folders inside (drafts, say) are the editor's own: the site reads only the files here.
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort()
      .map((name) => ({ path: join(dir, name), bytes: readFileSync(join(dir, name)) }));
  });
  return [...single.map((path) => ({ path, bytes: readFileSync(path) })), ...inFolders];
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATIONS } from '../i18n/editions';
import { editionFolders, ENTITIES_FOLDER, GLOSSARY_FILE } from '../content/paths';
import { CONTENT_FOLDERS } from './check-content';
import type { SourceFile } from './read-sources';

/** Every folder that holds content, relative to the content root: originals, events, actors and editions. */
export const contentFolders = (): string[] => [
  ...Object.values(CONTENT_FOLDERS).map(([folder]) => folder),
  ENTITIES_FOLDER,
  ...TRANSLATIONS.flatMap(({ code }) => Object.values(editionFolders(code))),
];

/**
 * Every file in the content folders under `root`, editions included (hidden files and folders
 * aside), and the glossary where there is one, as bytes.
 */
export function readContentFiles(root: string): SourceFile[] {
  const glossary = join(root, GLOSSARY_FILE);
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
  return [...(existsSync(glossary) ? [{ path: glossary, bytes: readFileSync(glossary) }] : []), ...inFolders];
}

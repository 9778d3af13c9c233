import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { TRANSLATIONS } from '../i18n/editions';
import { listFiles } from '../list-files';

const PREFIXES = new Set<string>(TRANSLATIONS.map((edition) => edition.code));

/**
 * The analysis a file of the output (or a page's pathname) belongs to: what its routes write under
 * `analyses/<slug>/` and `embed/<slug>/`, in any edition. Anything else (home, actors, relations,
 * feeds, search, styles, scripts) spans analyses, and is undefined.
 */
export function analysisOfPath(path: string): string | undefined {
  const parts = path.split('/');
  const at = PREFIXES.has(parts[0]!) ? 1 : 0;
  const [folder, slug] = [parts[at], parts[at + 1]];
  const inside = parts.length > at + 2;
  return (folder === 'analyses' || folder === 'embed') && slug && inside ? slug : undefined;
}

/**
 * Into a rebuild of some analyses (`rendered`), the last build's files of every other analysis,
 * linked rather than copied (a site of 1,000 analyses keeps some 200,000 files, which the last
 * build will never write again: each build writes a new folder). Gives the kept pages' pathnames,
 * as the sitemap is given them.
 */
export function keepOutput(from: string, into: string, rendered: Set<string>): { files: number; pages: string[] } {
  let files = 0;
  const pages: string[] = [];
  // Each folder is made once: at 1,000 analyses, making one for each of 150,000 files took 7 s.
  const made = new Set<string>();
  for (const file of listFiles(from)) {
    const path = relative(from, file).split(sep).join('/');
    const slug = analysisOfPath(path);
    if (slug === undefined || rendered.has(slug)) continue;
    const target = join(into, path);
    if (existsSync(target)) {
      throw new Error(
        `Keeping the last build's pages: ${path} belongs to ${slug}, which this build was not asked to render, yet it wrote it. Build the whole site (npm run build -- --force).`,
      );
    }
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(file, target);
    } catch (error) {
      // Another disk: a link cannot cross it, a copy can.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(file, target);
    }
    files += 1;
    if (path.endsWith('/index.html')) pages.push(path.slice(0, -'index.html'.length));
  }
  return { files, pages };
}

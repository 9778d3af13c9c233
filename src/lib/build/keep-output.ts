import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { TRANSLATIONS } from '../i18n/editions';
import { listFiles } from '../list-files';

// A rebuild of some analyses keeps the last build's files of every other one: at 1,000 analyses
// some 150,000 files in 60,000 folders. Linking them into the new build took its Astro process
// 10 to 20 s at its end on a loaded machine, most of it making the folders (a correction is 2 to 4
// s quicker without it on a quiet one: docs/performance.md). `npm run build` (scripts/build.mjs) now
// links them into a folder of their own while Astro renders (`gatherKept`), and the build moves
// that folder's analyses into its output once it is done (`placeKept`): some 4,700 renames. The
// last build's folder stays whole throughout, for whoever is serving it.

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

/** The folder of an analysis that holds a file of it: `fa/analyses/baltic`, `embed/baltic`. */
const analysisFolderOf = (path: string) => {
  const parts = path.split('/');
  return parts.slice(0, PREFIXES.has(parts[0]!) ? 3 : 2).join('/');
};

/** What the last build's other analyses are, once linked into a folder of their own. */
export interface Kept {
  /** How many files. */
  files: number;
  /** Their pages' pathnames, as the sitemap is given them ("analyses/baltic/"). */
  pages: string[];
  /** Each analysis's folders in each edition, relative to the output ("fa/analyses/baltic"). */
  folders: string[];
}

/** Where a folder of kept analyses lists what it holds, once every file is in it. */
export const keptListOf = (kept: string) => `${kept.replace(/[\\/]+$/, '')}.json`;

/** Runs `task` on every item, `width` at a time, until `signal` says stop. */
async function eachAtOnce<T>(
  items: T[],
  width: number,
  task: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      signal?.throwIfAborted();
      await task(items[next++]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/** A hard link of `file` at `target`; a copy where a link cannot reach (another disk). */
async function linkOrCopy(file: string, target: string): Promise<void> {
  try {
    await link(file, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(file, target);
  }
}

/**
 * Links every file of the last build (`from`) that belongs to an analysis not in `rendered` into
 * `kept`, in the same places, and lists them (keptListOf) once all are there. `kept` must not exist.
 * Stops, unlisted, when `signal` says so (the build failed).
 */
export async function gatherKept(
  from: string,
  kept: string,
  rendered: Set<string>,
  signal?: AbortSignal,
): Promise<Kept> {
  const paths = listFiles(from)
    .map((file) => relative(from, file).split(sep).join('/'))
    .filter((path) => {
      const slug = analysisOfPath(path);
      return slug !== undefined && !rendered.has(slug);
    });
  mkdirSync(kept);
  const folders = [...new Set(paths.map((path) => dirname(path)))];
  await eachAtOnce(folders, 32, (folder) => mkdir(join(kept, folder), { recursive: true }).then(() => {}), signal);
  await eachAtOnce(paths, 32, (path) => linkOrCopy(join(from, path), join(kept, path)), signal);
  const list: Kept = {
    files: paths.length,
    pages: paths.filter((path) => path.endsWith('/index.html')).map((path) => path.slice(0, -'index.html'.length)),
    folders: [...new Set(paths.map(analysisFolderOf))],
  };
  writeFileSync(`${keptListOf(kept)}.${process.pid}`, JSON.stringify(list));
  renameSync(`${keptListOf(kept)}.${process.pid}`, keptListOf(kept));
  return list;
}

/** What `gatherKept` listed in `kept`; an error saying so where it did not finish. */
export function readKept(kept: string): Kept {
  if (!existsSync(keptListOf(kept))) {
    throw new Error(
      `Keeping the last build's pages: ${kept} has no list of the files linked into it (${keptListOf(kept)}), so linking them failed or never ran. Build the whole site (npm run build -- --force).`,
    );
  }
  return JSON.parse(readFileSync(keptListOf(kept), 'utf8')) as Kept;
}

/**
 * Moves the analyses gathered in `kept` into a rebuild's output (`into`), which must not have
 * written any of them. Gives what was moved.
 */
export function placeKept(kept: string, into: string): Kept {
  const list = readKept(kept);
  for (const folder of list.folders) {
    const target = join(into, folder);
    if (existsSync(target)) {
      const written = listFiles(target).map((file) => relative(into, file).split(sep).join('/'))[0] ?? folder;
      throw new Error(
        `Keeping the last build's pages: ${written} belongs to ${analysisOfPath(`${folder}/`)}, which this build was not asked to render, yet it wrote it. Build the whole site (npm run build -- --force).`,
      );
    }
  }
  // Beside the output, on its disk: each a rename.
  for (const folder of list.folders) {
    mkdirSync(dirname(join(into, folder)), { recursive: true });
    renameSync(join(kept, folder), join(into, folder));
  }
  return list;
}

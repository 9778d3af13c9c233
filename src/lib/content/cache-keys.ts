import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { listFiles } from '../list-files';
import { sha256 } from '../sha256';
import {
  ANALYSES_FOLDER,
  CONTENT_TOP_FOLDERS,
  contentRoot,
  EDITIONS_FOLDERS,
  EVENTS_FOLDER,
  PUBLISHED_FILE,
} from './paths';

/** Folders whose files each belong to one analysis, named by its slug, in any edition. */
const PER_ANALYSIS = [ANALYSES_FOLDER, EDITIONS_FOLDERS.mdx, EVENTS_FOLDER, EDITIONS_FOLDERS.json];

/** What the pages of a build depend on in the content, as keys: see cacheKeys. */
export interface CacheKeys {
  /** Everything: the key of a page that spans analyses (home, actors, relations, feeds, fonts). */
  site: string;
  /** One analysis's files in every edition, and what every page reads (actors, glossary, maps). */
  analysis(slug: string): string;
  /** Every analysis's key, by slug. */
  analyses(): Record<string, string>;
}

/** A file of the content, or an analysis's entry in one, as it counts in the keys: `path\0hash`. */
interface Entry {
  slug: string | undefined;
  entry: string;
}

/**
 * The record of what readers were shown (`npm run publish`) holds one entry per analysis, and no
 * page shows it: each entry counts as its analysis's file, so that publishing one analysis does not
 * render every other again. A record that cannot be read counts whole, as a file every page reads.
 */
function publishedEntries(name: string, bytes: Buffer): Entry[] {
  try {
    const record = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    return Object.entries(record).map(([key, value]) => ({
      slug: key === '//' ? undefined : key,
      entry: `${name}#${key}\0${sha256(JSON.stringify(value))}`,
    }));
  } catch {
    return [{ slug: undefined, entry: `${name}\0${sha256(bytes)}` }];
  }
}

const digest = (parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);

function keysOf(root: string): CacheKeys {
  const files = CONTENT_TOP_FOLDERS.flatMap((folder) => listFiles(join(root, folder)))
    .sort()
    .flatMap((path): Entry[] => {
      const name = relative(root, path).split(sep).join('/');
      if (name === PUBLISHED_FILE) return publishedEntries(name, readFileSync(path));
      const slug = PER_ANALYSIS.some((folder) => name.startsWith(`${folder}/`))
        ? basename(name, extname(name))
        : undefined;
      return [{ slug, entry: `${name}\0${sha256(readFileSync(path))}` }];
    });
  const shared = digest(files.filter((file) => file.slug === undefined).map((file) => file.entry));
  const bySlug = Map.groupBy(
    files.filter((file) => file.slug !== undefined),
    (file) => file.slug!,
  );
  const analysis = (slug: string) => digest([shared, ...(bySlug.get(slug) ?? []).map((file) => file.entry)]);
  return {
    site: digest(files.map((file) => file.entry)),
    analysis,
    analyses: () => Object.fromEntries([...bySlug.keys()].sort().map((slug) => [slug, analysis(slug)])),
  };
}

const known = new Map<string, CacheKeys>();

/**
 * The keys Astro's incremental build (astro.config.mjs) compares with the last build's, read once
 * per build: a page of one analysis is rendered again when that analysis's files change in any
 * edition, or what every page reads (the registry of actors, the glossary); a page that spans
 * analyses, when any content changes. Code, configuration and packages are Astro's to follow: a
 * change there renders every page again.
 */
export function cacheKeys(root = contentRoot()): CacheKeys {
  let keys = known.get(root);
  if (!keys) known.set(root, (keys = keysOf(root)));
  return keys;
}

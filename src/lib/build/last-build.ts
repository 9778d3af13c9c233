import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { listFiles } from '../list-files';
import { sha256 } from '../sha256';

/**
 * What a build runs besides the content: its code, configuration, packages and the two scripts
 * that start it, and the rivers and lakes every map draws (read from the project, whatever
 * content root the build is given). A change in any of them may change every page.
 */
export const CODE_PATHS = [
  'src',
  'public',
  'data/geo',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/build-slices.mjs',
];

/** The settings a build reads from its environment: the site's address and the project's own. */
const readsSetting = (name: string) => name === 'SITE_URL' || name === 'TZ' || name.startsWith('BORDERLINES_');

/** Each file under `paths` (folders or files, relative to `root`) with the hash of its bytes, in order. */
function filesWithHashes(root: string, paths: string[]): string[] {
  return paths
    .flatMap((path) => {
      const full = join(root, path);
      if (!existsSync(full)) return [];
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    })
    .map((file) => `${relative(root, file).split(sep).join('/')}\0${sha256(readFileSync(file))}`)
    .sort();
}

/**
 * The code a build of `root` runs and how it is asked to run: the files of CODE_PATHS, the
 * settings it reads, its arguments and Node's version. Equal digests, equal code.
 */
export function codeDigest(root: string, env: NodeJS.ProcessEnv, args: string[]): string {
  const settings = Object.entries(env)
    .filter(([name]) => readsSetting(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  return sha256(
    [...filesWithHashes(root, CODE_PATHS), ...settings, `args=${JSON.stringify(args)}`, process.version].join('\n'),
  );
}

/**
 * What a finished output folder holds, as one digest: each file's path, size and time of last
 * change. Any file written, removed or touched after the build changes it, which only costs a
 * stat a file (a site of 1,000 analyses has some 200,000).
 */
export function outputDigest(folder: string): string {
  const entries = listFiles(folder).map((file) => {
    const { size, mtimeMs } = statSync(file);
    return `${relative(folder, file).split(sep).join('/')}\0${size}\0${mtimeMs}`;
  });
  return sha256(entries.sort().join('\n'));
}

/** What a build was made from and what it wrote, kept in the cache beside Astro's. */
export interface BuildRecord {
  /** codeDigest at the build's start. */
  code: string;
  /** The content's digest at the build's start (cacheKeys().site). */
  content: string;
  /** Each analysis's key at the build's start (cacheKeys().analysis), by slug. */
  analyses: Record<string, string>;
  /** The output folder, as the build was asked for it, and outputDigest of it when done. */
  outDir: string;
  output: string;
}

/** The record kept in `file` by the last build, if there is one that can be read. */
export function readRecord(file: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildRecord>;
    const fields = [record.code, record.content, record.outDir, record.output];
    const analyses = record.analyses;
    const keyed =
      typeof analyses === 'object' &&
      analyses !== null &&
      Object.values(analyses).every((key) => typeof key === 'string');
    return keyed && fields.every((field) => typeof field === 'string') ? (record as BuildRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the record whole or not at all, as every file of the cache is written. */
export function writeRecord(file: string, record: BuildRecord): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${file}.${process.pid}`, file);
}

/** A rebuild of some analyses renders them again, and what spans analyses; from this share on, all. */
export const MOST_ANALYSES = 0.5;

/** What a build has to do, and why. */
export type Plan =
  { build: 'nothing' } | { build: 'some'; analyses: string[]; why: string } | { build: 'all'; why: string };

/**
 * What this build must do, given the last one's record: nothing, when the code, the content and
 * the folder are the same and nobody has changed the folder since; the analyses whose own files
 * changed (added, corrected or removed), when nothing else did; otherwise everything.
 */
export function planBuild(last: BuildRecord | undefined, now: Omit<BuildRecord, 'output'>): Plan {
  const all = (why: string): Plan => ({ build: 'all', why });
  if (!last) return all('no earlier build is recorded');
  if (last.outDir !== now.outDir) return all(`the last build wrote ${last.outDir}/, not ${now.outDir}/`);
  if (last.code !== now.code) return all('the code, its packages or the build’s settings changed');
  if (!existsSync(now.outDir)) return all(`${now.outDir}/ is not there`);
  if (outputDigest(now.outDir) !== last.output) return all(`${now.outDir}/ was changed after the last build`);
  if (last.content === now.content) return { build: 'nothing' };
  const slugs = [...new Set([...Object.keys(last.analyses), ...Object.keys(now.analyses)])].sort();
  const changed = slugs.filter((slug) => last.analyses[slug] !== now.analyses[slug]);
  if (changed.length === 0 || changed.length > slugs.length * MOST_ANALYSES) {
    return all('content that every analysis reads changed, or most analyses did');
  }
  const named = changed.length === 1 ? changed[0] : `${changed.length} analyses`;
  return { build: 'some', analyses: changed, why: `only ${named} changed` };
}

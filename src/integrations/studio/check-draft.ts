import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { checkSite, type CheckedSite } from '../../lib/check/check-site';
import { publishedLogs, uncoveredParts } from '../../lib/check/check-published';
import { readContentFiles } from '../../lib/check/read-content-files';
import { readPublishedRecord } from '../../lib/check/read-published';
import type { SourceFile } from '../../lib/check/read-sources';
import { editionFolders, PUBLISHED_FILE } from '../../lib/content/paths';
import { formatProblem } from '../../lib/content/errors';
import { wordsHash } from '../../lib/content/published/reader-parts';
import { worldAtlas } from '../../lib/geo/atlas';
import { inProjectLayout } from '../../lib/studio/layout';
import type { ApiAnswer } from './routes';
import { isEditable, readEditable } from './files';

/** An entry being edited: its file, and its values as the CMS holds them (`body` for the MDX text). */
export interface Draft {
  path: string;
  data: Record<string, unknown>;
}

/** A published part changed with no log entry for it: what the studio asks the editor to log. */
export interface LogPrompt {
  /** The file whose log the entry goes in. */
  file: string;
  /** The edition: `en`, or a translation's code. */
  code: string;
  slug: string;
  /** The part, as the record names it: "passage two-neighbours", "headline". */
  part: string;
  /** What the entry's `passage` says: the passage or section id, or headline, dek or map. */
  passage: string;
  /** The words readers were shown, where the file on disk still holds them. */
  earlier?: string;
}

export interface DraftCheck {
  /** Every problem of the site with the draft in place of its file, those of the draft's file first: the build's own lines. */
  problems: string[];
  prompts: LogPrompt[];
}

/** The file the CMS would write for a draft (its layout is the project's, as the server writes it). */
export async function draftText(root: string, { path, data }: Draft): Promise<string> {
  const before = readEditable(root, path);
  if (path.endsWith('.json')) return inProjectLayout(path, `${JSON.stringify(data, null, 2)}\n`, before);
  const { body = '', ...frontmatter } = data;
  const text = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${String(body)}`;
  return inProjectLayout(path, text, before);
}

/** `{ [name]: value }`, or nothing where there is no value. */
const optional = <T>(name: string, value: T | undefined) => (value === undefined ? {} : { [name]: value });

const siteOf = (root: string, files: SourceFile[]) => checkSite(root, files, worldAtlas().countries);

function logsOf(root: string, site: CheckedSite, files: SourceFile[]) {
  const recordFile = files.find((file) => file.path === join(root, PUBLISHED_FILE));
  const record = recordFile && readPublishedRecord(recordFile).value;
  if (!record) return [];
  return publishedLogs(record, site.checked, site.bySlug, (code, slug) => ({
    mdx: join(root, editionFolders(code).mdx, `${slug}.mdx`),
    json: join(root, editionFolders(code).json, `${slug}.json`),
  }));
}

/**
 * Runs the build's own content check on the site as it would be with the drafts saved, and lists
 * the published parts the drafts change without an entry, each with the words readers were shown
 * (from the file on disk, while it still holds them).
 */
export async function checkDrafts(root: string, drafts: Draft[]): Promise<DraftCheck> {
  const disk = readContentFiles(root);
  const texts = new Map<string, string>();
  for (const draft of drafts) {
    if (!isEditable(draft.path)) throw new Error(`${draft.path}: not a file the studio writes`);
    texts.set(join(root, draft.path), await draftText(root, draft));
  }
  const encoder = new TextEncoder();
  const withDrafts = [
    ...disk.map((file) =>
      texts.has(file.path) ? { path: file.path, bytes: encoder.encode(texts.get(file.path)) } : file,
    ),
    ...[...texts]
      .filter(([path]) => !disk.some((file) => file.path === path))
      .map(([path, text]) => ({ path, bytes: encoder.encode(text) })),
  ];
  const site = siteOf(root, withDrafts);
  const lines = site.problems.map(formatProblem);
  const mine = (line: string) => [...texts.keys()].some((path) => line.startsWith(path));
  const onDisk = new Map(
    logsOf(root, siteOf(root, disk), disk).map(({ slug, log, published }) => [
      `${slug} ${log.code}`,
      new Map(
        log.parts
          .filter((part) => wordsHash(part.words) === published.words[part.key])
          .map((part) => [part.key, part.words]),
      ),
    ]),
  );
  const prompts = logsOf(root, site, withDrafts).flatMap(({ slug, log, published }) =>
    uncoveredParts(log, published).map((part) => ({
      file: relative(root, /^(event|border|map)\b/.test(part.key) ? log.files.data : log.files.text),
      code: log.code,
      slug,
      part: part.key,
      passage: part.passage ?? part.key.split(' ')[1] ?? part.key,
      ...optional('earlier', onDisk.get(`${slug} ${log.code}`)?.get(part.key)),
    })),
  );
  return { problems: [...lines.filter(mine), ...lines.filter((line) => !mine(line))], prompts };
}

export const checkApi: Record<string, ApiAnswer> = {
  '/studio/api/check/': async ({ root, body }) => ({
    value: await checkDrafts(root, (body as { drafts: Draft[] }).drafts),
  }),
};

import { eventRules, isEventsFile } from './event-rules';
import { jsonInProjectLayout } from './json-layout';
import { mdxInProjectLayout } from './mdx-layout';

/**
 * A file the studio saved (`saved`, as Sveltia CMS wrote it), written back as the project lays
 * it out, given the file as it was on disk (`before`; undefined for a new file).
 *
 * Sveltia re-serialises what it saves: JSON as `JSON.stringify(value, null, 2)` with keys in the
 * order of its configuration, frontmatter as `yaml.stringify` with plain or single-quoted strings
 * and block lists; it leaves out nulls, writes `""` for an optional field left empty and a
 * one-word hedge as a list. Committed as it is, each save would rewrite the whole file, and a
 * reviewer could not see the one sentence that changed. So the values are restored against
 * `before`, and an unchanged file comes back byte for byte; a changed one differs only where its
 * values do. Any other file is returned as saved.
 */
export async function inProjectLayout(path: string, saved: string, before: string | undefined): Promise<string> {
  if (path.endsWith('.json')) return jsonInProjectLayout(saved, before, isEventsFile(path) ? eventRules : undefined);
  if (path.endsWith('.mdx')) return mdxInProjectLayout(saved, before);
  return saved;
}

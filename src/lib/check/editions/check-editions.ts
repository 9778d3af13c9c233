import { join } from 'node:path';
import { ANALYSES_FOLDER, editionFolders } from '../../content/paths';
import { TRANSLATIONS } from '../../i18n/editions';
import { slugOf, type CheckedAnalysis } from '../check-content';
import type { SourceFile } from '../read-sources';
import type { ContentProblem } from '../../content/errors';
import { checkEdition, staleProblem, type CheckedEdition } from './check-edition';

/** The translated editions of every analysis, checked, and the passages whose original has moved on. */
export interface CheckedEditions {
  problems: ContentProblem[];
  /** Stale passages, one line each: the build lists them and the edition tells its readers. */
  stale: ContentProblem[];
  /** For each analysis's slug, the editions it has. */
  bySlug: Map<string, CheckedEdition[]>;
}

/**
 * Checks every translated edition. An analysis need not have every edition (one that has none
 * is simply not published in that language), but an edition has both its files, and only for an
 * analysis that exists; it is checked against the original once the original is sound.
 */
export function checkEditions(root: string, files: SourceFile[], checked: CheckedAnalysis[]): CheckedEditions {
  const result: CheckedEditions = { problems: [], stale: [], bySlug: new Map() };
  const originals = new Map(checked.map((analysis) => [analysis.slug, analysis]));
  for (const { code } of TRANSLATIONS) {
    const folders = editionFolders(code);
    const pairs = new Map<string, { mdx?: SourceFile; json?: SourceFile }>();
    for (const [kind, extension] of [
      ['mdx', '.mdx'],
      ['json', '.json'],
    ] as const) {
      for (const file of files.filter((f) => f.path.startsWith(`${join(root, folders[kind])}/`))) {
        const slug = slugOf(file.path, extension);
        if (slug.problems) result.problems.push(...slug.problems);
        else pairs.set(slug.value, { ...pairs.get(slug.value), [kind]: file });
      }
    }
    for (const [slug, pair] of pairs) {
      const paths = { mdx: join(root, folders.mdx, `${slug}.mdx`), json: join(root, folders.json, `${slug}.json`) };
      const original = join(root, ANALYSES_FOLDER, `${slug}.mdx`);
      const missing = (['mdx', 'json'] as const).find((kind) => !pair[kind]);
      if (missing) {
        result.problems.push({
          file: paths[missing],
          field: 'file',
          value: undefined,
          fix: `the ${code} edition of ${slug} has ${paths[missing === 'mdx' ? 'json' : 'mdx']} but not this file; an edition is both`,
        });
        continue;
      }
      const english = originals.get(slug);
      if (!english) {
        if (!files.some((file) => file.path === original)) {
          result.problems.push({
            file: paths.mdx,
            field: 'file name',
            value: `${slug}.mdx`,
            fix: `there is no ${original} for it to translate; name it after the original`,
          });
        }
        continue;
      }
      const edition = checkEdition(code, { mdx: pair.mdx!, json: pair.json! }, english);
      if (edition.problems) {
        result.problems.push(...edition.problems);
        continue;
      }
      result.stale.push(...edition.value.stale.map((stale) => staleProblem(stale, code, slug)));
      result.bySlug.set(slug, [...(result.bySlug.get(slug) ?? []), edition.value]);
    }
  }
  return result;
}

import type { PublishedEdition } from '../../schemas/published';
import { formatProblem } from '../content/errors';
import { PUBLISHED_FILE } from '../content/paths';
import { worldAtlas } from '../geo/atlas';
import { checkSite } from './check-site';
import { editionSource, originalSource, recordOf } from './check-published';
import { readContentFiles } from './read-content-files';

/**
 * The record of what readers are shown of one analysis on `day`, in every edition it has; or,
 * while the site's content has problems (an unlogged change among them), those problems, one
 * line each: nothing unlogged is ever recorded as published.
 */
export function publishedRecordFor(
  root: string,
  slug: string,
  day: string,
): { value: Record<string, PublishedEdition>; problems?: never } | { problems: string[]; value?: never } {
  const site = checkSite(root, readContentFiles(root), worldAtlas().countries);
  if (site.problems.length > 0) return { problems: site.problems.map(formatProblem) };
  const english = site.checked.find((analysis) => analysis.slug === slug);
  if (!english) {
    const known = site.checked.map((analysis) => analysis.slug).join(', ');
    return { problems: [`${PUBLISHED_FILE}: slug: found ${JSON.stringify(slug)}; name an analysis: ${known}`] };
  }
  const editions = site.bySlug.get(slug) ?? [];
  return {
    value: {
      en: recordOf(originalSource(english), day, english.analysis.corrections.length),
      ...Object.fromEntries(
        editions.map((edition) => [
          edition.code,
          recordOf(
            editionSource(edition, english),
            day,
            edition.frontmatter.ownEntries.length,
            english.analysis.corrections.length,
          ),
        ]),
      ),
    },
  };
}

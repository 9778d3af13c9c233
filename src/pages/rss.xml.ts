import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { lastUpdated } from '../schemas/analysis';
import { loadAnalyses } from '../lib/content/collections';
import { formatLongDate } from '../lib/content/dates';
import { analysisPath } from '../lib/anchors';

/**
 * Every analysis, newest first. A correction updates its item in place: the same guid (the
 * analysis's address) and publication date, with the correction named in the description.
 */
export const GET: APIRoute = async ({ site }) => {
  const analyses = await loadAnalyses();
  return rss({
    title: 'Borderlines',
    description: 'Analyses of borders and neighbours, read beside an interactive map.',
    site: site!,
    items: analyses.map(({ slug, entry }) => {
      const updated = lastUpdated(entry.data);
      const count = entry.data.corrections.length;
      const note = [
        updated && `Updated ${formatLongDate(updated)}.`,
        count > 0 && `${count === 1 ? 'One correction' : `${count} corrections`}: see the Corrections section.`,
      ].filter(Boolean);
      return {
        title: entry.data.title,
        description: [entry.data.dek, ...note].join(' '),
        pubDate: entry.data.published,
        link: analysisPath(slug),
        author: entry.data.byline,
      };
    }),
    customData: '<language>en-gb</language>',
  });
};

import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadAnalyses } from '../lib/content/collections';

/** Every analysis, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const analyses = await loadAnalyses();
  return rss({
    title: 'Borderlines',
    description: 'Analyses of borders and neighbours, read beside an interactive map.',
    site: site!,
    items: analyses.map(({ slug, entry }) => ({
      title: entry.data.title,
      description: entry.data.dek,
      pubDate: entry.data.updated ?? entry.data.published,
      link: `/analyses/${slug}/`,
      author: entry.data.byline,
    })),
    customData: '<language>en-gb</language>',
  });
};

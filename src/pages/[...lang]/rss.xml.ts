import { inFirstSlice } from '../../lib/build/slice';
import { cacheKeys } from '../../lib/content/cache-keys';
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { lastUpdated } from '../../schemas/analysis';
import { loadEditionAnalyses } from '../../lib/load/collections';
import { analysisPath } from '../../lib/anchors';
import { htmlLang } from '../../lib/i18n/alternates';
import { countedByKind } from '../../lib/content/corrections';
import { feedAnalyses } from '../../lib/content/feed-items';
import { logHtml } from '../../lib/share/log-html';
import { allLangs, langParam, type Lang } from '../../lib/i18n/lang';

/** A feed per edition. */
export const getStaticPaths = inFirstSlice(() =>
  allLangs().map((lang) => ({
    params: { lang: langParam(lang) },
    props: { lang },
    cacheKey: cacheKeys().site,
  })),
) satisfies GetStaticPaths;

/**
 * The edition's analyses most recently published or changed (feed-items.ts). A change updates its
 * item in place, and brings an older analysis back into the feed: the same guid
 * (the analysis's address) and publication date, the description counting the log's entries by
 * kind, and the content giving each entry with its kind.
 */
export const GET: APIRoute<{ lang: Lang }> = async ({ site, props }) => {
  const { lang } = props;
  const { words } = lang;
  const analyses = await loadEditionAnalyses(lang.edition.code);
  return rss({
    title: words.site.name,
    description: words.site.description,
    site: new URL(`${lang.prefix}/`, site!).href,
    items: feedAnalyses(analyses, ({ entry }) => ({
      published: entry.data.published,
      updated: lastUpdated(entry.data),
    })).map(({ slug, entry }) => {
      const updated = lastUpdated(entry.data);
      const counted = countedByKind(entry.data.corrections, lang);
      const note = [
        updated && words.feed.updated(lang.day(updated)),
        counted.length > 0 && words.feed.log(counted),
      ].filter(Boolean);
      const log = logHtml(entry.data.corrections, lang);
      return {
        title: entry.data.title,
        description: [entry.data.dek, ...note].join(' '),
        pubDate: entry.data.published,
        link: analysisPath(slug, lang.prefix),
        author: entry.data.byline,
        ...(log ? { content: log } : {}),
      };
    }),
    customData: `<language>${htmlLang(lang.edition.code).toLowerCase()}</language>`,
  });
};

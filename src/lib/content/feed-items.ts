/**
 * How many analyses an edition's feed carries. A feed reader fetches the whole feed each time it
 * looks: at 1,000 analyses, every analysis's item made the English feed 7.7 MB.
 */
export const FEED_ITEMS = 50;

/** What the feed needs of an analysis to choose it: when it was published, and last changed if it was. */
export interface Dated {
  published: Date;
  updated: Date | undefined;
}

/**
 * The analyses a feed carries: the FEED_ITEMS most recently published or changed, latest first, so
 * that a correction or update to an older analysis reaches the feed's readers too.
 */
export function feedAnalyses<T>(analyses: T[], datesOf: (analysis: T) => Dated, most = FEED_ITEMS): T[] {
  const latest = (analysis: T) => {
    const { published, updated } = datesOf(analysis);
    return Math.max(published.getTime(), updated?.getTime() ?? 0);
  };
  return analyses
    .map((analysis, order) => ({ analysis, order, latest: latest(analysis) }))
    .sort((a, b) => b.latest - a.latest || a.order - b.order)
    .slice(0, most)
    .map(({ analysis }) => analysis);
}

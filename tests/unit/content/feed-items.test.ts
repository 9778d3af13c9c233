import { describe, expect, test } from 'vitest';
import { FEED_ITEMS, feedAnalyses } from '../../../src/lib/content/feed-items';

/** Analyses published a day apart, the first the newest; some changed later. */
const day = (n: number) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000);
const analyses = (count: number, changed: Record<number, number> = {}) =>
  Array.from({ length: count }, (_, i) => ({
    slug: `a${i}`,
    published: day(count - i),
    updated: changed[i] === undefined ? undefined : day(changed[i]),
  }));
const slugs = (list: { slug: string }[]) => list.map(({ slug }) => slug);

describe('the analyses an edition’s feed carries', () => {
  test('every one while there are few, newest first', () => {
    expect(slugs(feedAnalyses(analyses(3), (a) => a))).toEqual(['a0', 'a1', 'a2']);
  });

  test('the most recently published once there are more than the feed holds', () => {
    const feed = feedAnalyses(analyses(FEED_ITEMS + 10), (a) => a);
    expect(feed).toHaveLength(FEED_ITEMS);
    expect(slugs(feed).at(-1)).toBe(`a${FEED_ITEMS - 1}`);
  });

  test('an older analysis corrected since comes back, first', () => {
    const count = FEED_ITEMS + 10;
    const feed = feedAnalyses(analyses(count, { [count - 1]: count + 5 }), (a) => a);
    expect(feed).toHaveLength(FEED_ITEMS);
    expect(slugs(feed)[0]).toBe(`a${count - 1}`);
    expect(slugs(feed)).not.toContain(`a${FEED_ITEMS - 1}`);
  });
});

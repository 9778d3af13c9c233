import { describe, expect, test } from 'vitest';
import { foundLinks, type SubResult } from '../../../src/lib/search/found-links';

const part = (id: string, scores: number[]): SubResult => ({
  url: `/analyses/x/#${id}`,
  title: id,
  excerpt: `… <mark>${id}</mark> …`,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});
const SEPARATOR = ' · ';
const page = (sub_results?: SubResult[]) => ({
  url: '/analyses/x/',
  excerpt: 'the page',
  meta: { title: 'The analysis' },
  ...(sub_results ? { sub_results } : {}),
});

describe('what a result shows of a page that matched', () => {
  test('its passages that matched, the best first, three at most', () => {
    const links = foundLinks(page([part('a', [1]), part('b', [2, 2]), part('c', [3]), part('d', [0.5])]), SEPARATOR);
    expect(links.map((link) => link.url)).toEqual(['/analyses/x/#b', '/analyses/x/#c', '/analyses/x/#a']);
    expect(links[0]).toEqual({ url: '/analyses/x/#b', title: 'b', excerpt: '… <mark>b</mark> …' });
  });

  test('passages that score the same keep the page’s order', () => {
    const links = foundLinks(page([part('first', [1]), part('second', [1])]), SEPARATOR);
    expect(links.map((link) => link.title)).toEqual(['first', 'second']);
  });

  test('a page with no passages is shown as itself', () => {
    expect(foundLinks(page(), SEPARATOR)).toEqual([
      { url: '/analyses/x/', title: 'The analysis', excerpt: 'the page' },
    ]);
    expect(foundLinks(page([]), SEPARATOR)).toHaveLength(1);
  });

  test('a passage under the best is titled by its section alone, the page being named above it', () => {
    const titled = (id: string, title: string, scores: number[]) => ({ ...part(id, scores), title });
    const links = foundLinks(
      page([
        titled('iran', 'Iran engages · The analysis', [2]),
        titled('water', 'Iran engages · The analysis', [1]),
        titled('other', 'A title of its own', [0.5]),
      ]),
      SEPARATOR,
    );
    expect(links.map((link) => link.title)).toEqual([
      'Iran engages · The analysis',
      'Iran engages',
      'A title of its own',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { buildCardSvg } from '../../../src/lib/share/card';
import type { ShareTarget } from '../../../src/lib/share/targets';

const context = {
  analysisTitle: 'Two neighbours',
  byline: 'Borderlines analysis · 7 February 2022',
  mapSvg: '<svg viewBox="0 0 420 289"><title>Map</title><rect width="420" height="289"/></svg>',
};
const target: ShareTarget = {
  id: 'talks',
  kind: 'event',
  title: 'Officials allegedly in Kabul for talks',
  description: 'late January 2022, Kabul.',
  dateLabel: 'late January 2022',
  hedge: 'anonymous sources; who says so: government sources speaking anonymously & others',
};
const italicLines = (svg: string) =>
  [...svg.matchAll(/<text [^>]*font-style="italic"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

describe('buildCardSvg', () => {
  test('a hedged event’s card says the hedge and who says so in words, under its date', () => {
    const svg = buildCardSvg(context, target);
    expect(svg).toContain('>late January 2022</text>');
    expect(italicLines(svg)).toBe(
      'Anonymous sources; who says so: government sources speaking anonymously &amp; others',
    );
  });

  test('an event the reporting does not hedge has no hedge line', () => {
    expect(italicLines(buildCardSvg(context, { ...target, hedge: '' }))).toBe('');
  });
});

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
  hedgeWords: 'anonymous sources',
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
    expect(italicLines(buildCardSvg(context, { ...target, hedge: '', hedgeWords: '' }))).toBe('');
  });
});

describe('buildCardSvg layout', () => {
  const baselines = (svg: string, pattern: RegExp) =>
    [...svg.matchAll(/<text x="\d+" y="(\d+)"[^>]*>([^<]*)<\/text>/g)]
      .filter((m) => pattern.test(m[0]))
      .map((m) => Number(m[1]));

  test('a long hedged title still leaves the hedge, in words, clear of the footer', () => {
    const long = {
      ...target,
      title:
        'Taliban delegation in Tehran reportedly meets the leader of the armed opposition; the opposition denies it',
      hedge:
        'reported; disputed or denied; who says so: the Taliban said they offered guarantees of safe return; the NRF denied it',
      hedgeWords: 'reported; disputed or denied',
    };
    const svg = buildCardSvg(
      { ...context, analysisTitle: 'Between Tehran and Islamabad, the Taliban test their room to manoeuvre' },
      long,
    );
    const hedge = baselines(svg, /font-style="italic"/);
    const [footer] = baselines(svg, /Borderlines analysis ·/);
    expect(hedge.length).toBeGreaterThan(0);
    expect(italicLines(svg)).toMatch(/^Reported; disputed or denied/);
    // 22px text: a line's glyphs reach about 22px above its baseline.
    expect(footer! - 22 - Math.max(...hedge)).toBeGreaterThanOrEqual(8);
  });
});

import { describe, expect, test } from 'vitest';
import { ORIGINAL } from '../../../src/lib/i18n/editions';
import { layoutCard } from '../../../src/lib/share/card-layout';
import { LATIN_SCRIPT } from '../../../src/lib/share/card-script';

const text = {
  kicker: 'BORDERLINES',
  analysisTitle: 'Two neighbours',
  byline: 'Borderlines analysis · 7 February 2022',
  edition: ORIGINAL,
};
const target = {
  id: 'talks',
  kind: 'event' as const,
  title: 'Officials in Kabul for talks',
  description: '',
  dateLabel: 'late January 2022',
  hedge: '',
  hedgeWords: '',
};

describe('layoutCard', () => {
  test('the article’s own card sets its title large, with no target title, date or hedge', () => {
    const layout = layoutCard(text, undefined, LATIN_SCRIPT);
    expect(layout.analysis.size).toBeGreaterThan(layoutCard(text, target, LATIN_SCRIPT).analysis.size);
    expect([layout.title.lines, layout.date.lines, layout.hedge.lines]).toEqual([[], [], []]);
  });

  test('a shared event’s title comes under the analysis’s, and its date under the title', () => {
    const layout = layoutCard(text, target, LATIN_SCRIPT);
    expect(layout.title.y).toBeGreaterThan(layout.analysis.y);
    expect(layout.date).toMatchObject({ lines: ['late January 2022'] });
    expect(layout.date.y).toBeGreaterThan(layout.title.y);
  });

  test('the text keeps to the left of the map', () => {
    const layout = layoutCard(text, target, LATIN_SCRIPT);
    expect(layout.title.x).toBeLessThan(layout.map.x);
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import ShareCard from '../../../src/components/share/ShareCard';
import { layoutCard } from '../../../src/lib/share/card-layout';
import { cardScript } from '../../../src/lib/share/card-script';
import { editionCards } from './edition-cards';

/** Real events the reporting hedges: reported and denied (with who says so), and from anonymous sources. */
const HEDGED = ['tehran-nrf-meeting', 'ttp-talks-kabul'];

const editions = await Promise.all(
  (['en', 'fa', 'ps'] as const).map(async (code) => {
    const cards = editionCards(code);
    return { code, ...cards, script: await cardScript(cards.card.edition) };
  }),
);

describe.each(editions)('a $code card of a hedged event', ({ analysis, card, model, targets, script }) => {
  const { words } = analysis.lang;

  test.each(HEDGED)('%s: sets the hedges in words, under the date and above the byline', (id) => {
    const target = targets.find((t) => t.id === id)!;
    const event = analysis.events.find((e) => e.id === id)!;
    const layout = layoutCard(card, target, script);
    const said = layout.hedge.lines.join(' ').toLowerCase();
    for (const hedge of event.hedge) expect(said).toContain(words.hedges[hedge].toLowerCase());
    expect(layout.hedge.y).toBeGreaterThan(layout.date.y);
    expect(layout.hedge.y + (layout.hedge.lines.length - 1) * layout.hedge.lineHeight).toBeLessThan(layout.footer.y);
  });

  test.each(HEDGED)('%s: draws the hedge line on the card', (id) => {
    const target = targets.find((t) => t.id === id)!;
    const layout = layoutCard(card, target, script);
    const svg = renderToStaticMarkup(<ShareCard text={card} model={model} target={target} script={script} />);
    // The <text> drawn on the hedge's first line, whatever pieces a right-to-left line is set in.
    const drawn = [...svg.matchAll(/<text [^>]*y="(\d+(?:\.\d+)?)"[^>]*>(.*?)<\/text>/g)]
      .filter(([, y]) => Number(y) === layout.hedge.y)
      // Its pieces' tags and the marks isolating each piece's direction are not words.
      .map(([, , inner]) => inner!.replace(/<[^>]+>/g, '').replace(/[\u200E\u200F\u2066-\u2069]/g, ''))
      .join(' ');
    const words = layout.hedge.lines[0]!.split(/[\s()]+/).filter((word) => word.length > 2);
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(drawn).toContain(word);
  });
});

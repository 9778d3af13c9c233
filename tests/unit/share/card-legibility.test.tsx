import { renderToStaticMarkup } from 'react-dom/server';
import { ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';
import { describe, expect, test } from 'vitest';
import ShareCard from '../../../src/components/share/ShareCard';
import type { LoadedAnalysis } from '../../../src/lib/load/loaded-analysis';
import { ORIGINAL } from '../../../src/lib/i18n/editions';
import { CARD_TEXT } from '../../../src/lib/share/card-map';
import { LATIN_SCRIPT } from '../../../src/lib/share/card-script';
import { CARD_STYLE } from '../../../src/lib/share/card-style';
import { langFor } from '../../../src/lib/i18n/lang';
import { lightColours, pageColour } from '../../../src/lib/share/page-palette';
import { shareTargets, type ShareTarget } from '../../../src/lib/share/targets';
import { site } from '../geo/first-analysis';
import { drawn } from './drawn';

const text = {
  kicker: 'BORDERLINES',
  analysisTitle: site.analysis.title,
  byline: 'Borderlines analysis · 7 February 2022',
  edition: ORIGINAL,
};
/** The first analysis's share targets, as its share pages list them. */
const targets = () => {
  const analysis = {
    entry: { data: site.analysis },
    outline: site.outline,
    events: site.linked.events,
    lang: langFor('en'),
  } as unknown as LoadedAnalysis;
  return shareTargets(analysis, site.model, '7 February 2022');
};
const card = (target?: ShareTarget) =>
  renderToStaticMarkup(
    <ShareCard text={text} model={site.model} script={LATIN_SCRIPT} {...(target ? { target } : {})} />,
  );

/** The selectors CARD_STYLE hides: `.a`, `.a.b` or `.a .b`, each class a plain name. */
const hidden = [...CARD_STYLE.matchAll(/([^{}]+)\{\s*display:\s*none;\s*\}/g)].flatMap(([, selectors]) =>
  selectors!.split(',').map((selector) =>
    selector
      .trim()
      .split(/\s+/)
      .map((part) => part.split('.').filter(Boolean)),
  ),
);
const hasClasses = (node: Node, classes: string[]) => {
  const own = String(node.attributes?.class ?? '').split(/\s+/);
  return classes.every((name) => own.includes(name));
};
const isHidden = (path: Node[]) =>
  hidden.some((parts) => {
    // The last part matches the element itself or an ancestor; the ones before, ancestors above it.
    let at = path.length - 1;
    for (const classes of [...parts].reverse()) {
      while (at >= 0 && !hasClasses(path[at]!, classes)) at--;
      if (at < 0) return false;
      at--;
    }
    return true;
  });

/** Every visible run of text on a card with its size in card pixels, the nested map's scale applied. */
function visibleText(svg: string): { text: string; size: number }[] {
  const found: { text: string; size: number }[] = [];
  const visit = (node: Node, path: Node[]) => {
    const here = node.type === ELEMENT_NODE ? [...path, node] : path;
    const words = node.type === TEXT_NODE && node.value.trim() && path.at(-1)?.name !== 'style';
    if (words && !isHidden(path)) {
      const sized = [...path].reverse().find((element) => element.attributes?.['font-size'] !== undefined);
      const nested = path.filter((element) => element.name === 'svg').slice(1)[0];
      const scale = nested
        ? Number(nested.attributes.width) / Number(String(nested.attributes.viewBox).split(' ')[2])
        : 1;
      found.push({ text: node.value.trim(), size: Number(sized?.attributes['font-size'] ?? 0) * scale });
    }
    for (const child of node.children ?? []) visit(child, here);
  };
  visit(parse(svg), []);
  return found;
}

describe('a share card', () => {
  const cases = [{ id: 'the article', target: undefined }, ...targets().map((target) => ({ id: target.id, target }))];
  test.each(cases)('sets every word it shows at 22 px or more: $id', ({ target }) => {
    const words = visibleText(card(target));
    expect(words.length).toBeGreaterThan(3);
    for (const { text: word, size } of words) expect(size, word).toBeGreaterThanOrEqual(CARD_TEXT - 0.05);
  });

  // Drawing cuts the card's faces and starts the drawing pool's threads: on a busy machine that
  // took more than Vitest's usual 5 s (with a CPU hog and the browser tests beside it).
  test('draws each kind in the page’s own colour: a clash is the page’s red', { timeout: 60_000 }, async () => {
    const kunar = targets().find((target) => target.id === 'kunar-rocket-exchange')!;
    const svg = card(kunar);
    const nested = /<svg x="(\d+)" y="(\d+)" width="(\d+)" height="\d+" class="card-crop" viewBox="([\d. ]+)"/.exec(
      svg,
    )!;
    const [x0, y0, width] = nested.slice(1, 4).map(Number) as [number, number, number];
    const [vx, vy, vw] = nested[4]!.split(' ').map(Number) as [number, number, number];
    const marker = site.model.markers.find((m) => m.key === 'kunar')!;
    const px = Math.round(x0 + (marker.x - vx) * (width / vw));
    const py = Math.round(y0 + (marker.y + 1 - vy) * (width / vw));
    expect((await drawn(svg)).colourAt(px, py)).toBe(pageColour('kind-clash'));
  });

  test('for an event with no place, shows where it sits in time instead of a map', () => {
    const undated = targets().find((target) => target.id === 'tensions-1998')!;
    const svg = card(undated);
    expect(svg).not.toContain('class="map-sea"');
    const words = visibleText(svg).map((word) => word.text);
    expect(words).toContain('1998');
    expect(words).toContain('the late 1800s');
    expect(svg).toMatch(/<text [^>]*font-weight="bold"[^>]*>Iran and the Taliban come close/);
  });
});

describe('the page’s palette', () => {
  test('reads each token’s light colour from a stylesheet', () => {
    expect(lightColours('a { --kind-clash: light-dark(#B91C1C, #ff8a80); }').get('kind-clash')).toBe('#b91c1c');
  });

  test('a colour the stylesheets do not define stops the build with a line saying where to look', () => {
    expect(() => pageColour('kind-nothing')).toThrow(/^src\/styles: no --kind-nothing: light-dark/);
  });
});

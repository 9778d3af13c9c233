import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import RtlLine from '../../../src/components/share/RtlLine';
import ShareCard from '../../../src/components/share/ShareCard';
import { CARD_WIDTH, layoutCard, TEXT_WIDTH } from '../../../src/lib/share/card-layout';
import { LATIN_FAMILY, NASKH_FAMILY } from '../../../src/lib/share/card-fonts';
import { cardScript } from '../../../src/lib/share/card-script';
import { rtlPieces } from '../../../src/lib/share/rtl-pieces';
import type { ShareTarget } from '../../../src/lib/share/targets';
import { drawn } from './drawn';
import { editionCards } from './edition-cards';

const editions = { fa: editionCards('fa'), ps: editionCards('ps') };
const script = await cardScript(editions.fa.card.edition);
if (script.dir !== 'rtl') throw new Error('the Dari edition is set right to left');

const card = (code: 'fa' | 'ps', target?: ShareTarget) => {
  const { card: text, model } = editions[code];
  return renderToStaticMarkup(<ShareCard text={text} model={model} script={script} {...(target ? { target } : {})} />);
};
const target = (code: 'fa' | 'ps', id: string) => editions[code].targets.find((t) => t.id === id)!;

/** A line's pieces as text, from the right edge leftwards. */
const fromTheRight = (line: string) => rtlPieces(line, (c) => /[\u0600-\u06FF\u200C ]/.test(c)).map((p) => p.text);

describe('a right-to-left line', () => {
  test('reads from the right: a number that starts it is set at its right end', () => {
    expect(fromTheRight('۳٬۳۷۰ کیلومتر شمال‌غرب')).toEqual(['۳٬۳۷۰', ' کیلومتر شمال‌غرب']);
  });

  test('keeps a Solar date, its brackets and the Gregorian date inside them in reading order', () => {
    expect(fromTheRight('قوس–جدی ۱۴۰۰ (اوایل دسمبر ۲۰۲۱)')).toEqual([
      'قوس',
      '–',
      'جدی ',
      '۱۴۰۰',
      ' ',
      '(',
      'اوایل دسمبر ',
      '۲۰۲۱',
      ')',
    ]);
  });

  test('sets Latin names and acronyms left to right, in the order they are read', () => {
    const pieces = rtlPieces('ملل متحد UN و OIC در کابل', (c) => /[\u0600-\u06FF ]/.test(c));
    expect(pieces.map((p) => [p.text, p.face, p.rtl])).toEqual([
      ['ملل متحد ', 'naskh', true],
      ['UN', 'latin', false],
      [' و ', 'naskh', true],
      ['OIC', 'latin', false],
      [' در کابل', 'naskh', true],
    ]);
  });

  test('is drawn by resvg as wide as it was measured, its right edge where it was set', async () => {
    const line = 'قوس–جدی ۱۴۰۰ (اوایل دسمبر ۲۰۲۱)';
    const pieces = script.pieces(line, 40, false);
    const width = pieces.reduce((sum, piece) => sum + piece.width, 0);
    const svg = renderToStaticMarkup(
      <svg xmlns="http://www.w3.org/2000/svg" width="1000" height="100">
        <RtlLine pieces={pieces} x={900} y={60} size={40} fill="#000000" />
      </svg>,
    );
    const card = await drawn(svg);
    const inked = new Set<number>();
    for (let y = 0; y < card.height; y++) for (let x = 0; x < card.width; x++) if (card.inkAt(x, y) > 128) inked.add(x);
    // Ink stops short of a line's advance by a glyph's side bearing, a pixel or two at 40 px.
    expect(Math.max(...inked)).toBeGreaterThan(900 - 4);
    expect(Math.max(...inked)).toBeLessThanOrEqual(900);
    expect(Math.min(...inked)).toBeGreaterThanOrEqual(900 - width - 1);
    expect(Math.min(...inked)).toBeLessThan(900 - width + 4);
  });
});

describe('a Dari or Pashto card', () => {
  test('is the English card mirrored: its map box on the left, its text set right to left from the right edge', () => {
    const svg = card('fa', target('fa', 'kunar-rocket-exchange'));
    const [, x, y, width, height] = /<svg x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)" class="card-crop"/
      .exec(svg)!
      .map(Number);
    expect(x).toBeLessThan(CARD_WIDTH / 2);
    const lines = [
      ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*direction="rtl"[^>]*text-anchor="end"[^>]*>(.*?)<\/text>/g),
    ];
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const [, right, baseline, pieces] of lines) {
      expect(Number(right)).toBe(CARD_WIDTH - 64);
      // Beside the map (the byline runs below it), every piece is set right of it.
      if (Number(baseline) > y! + height!) continue;
      for (const [, edge] of pieces!.matchAll(/<tspan x="([\d.]+)"/g))
        expect(Number(edge)).toBeGreaterThan(x! + width!);
    }
    // The site's name heads it as the masthead and the byline write it, set from the right edge.
    const kicker = /<text x="1136" y="92" font-size="24" direction="rtl" text-anchor="end"[^>]*>(.*?)<\/text>/.exec(
      svg,
    );
    // Only the marks that isolate a right-to-left piece stand around it.
    const marks = '[\\u200E\\u200F\\u2066-\\u2069]*';
    expect(kicker?.[1]).toMatch(
      new RegExp(`^<tspan x="1136" font-family="${NASKH_FAMILY}">${marks}بوردرلاینز${marks}</tspan>$`),
    );
    expect(svg).not.toContain('BORDERLINES');
  });

  test('sets the editions’ words in Naskh, and only what the Naskh cut lacks in DejaVu', () => {
    const svg = card('ps', target('ps', 'durand-line-fence'));
    const pieces = [...svg.matchAll(/<tspan x="[\d.]+" font-family="([^"]+)">([^<]*)<\/tspan>/g)];
    const naskh = pieces.filter(([, family]) => family === NASKH_FAMILY).map(([, , text]) => text);
    const latin = pieces.filter(([, family]) => family === LATIN_FAMILY).map(([, , text]) => text);
    expect(naskh.join('')).toContain('ډیورنډ');
    expect(latin.join('')).toMatch(/[()–]/);
    expect(latin.join('')).not.toMatch(/[\u0600-\u06FF]/);
  });

  test('sets the map’s names in pieces too: a bracketed name in Naskh, its brackets in DejaVu', () => {
    const svg = card('ps', target('ps', 'tehran-nrf-meeting'));
    const map = /<svg x="\d+"[^>]*class="card-crop"[\s\S]*<\/svg>/.exec(svg)![0];
    const pieces = (family: string) =>
      [...map.matchAll(new RegExp(`<tspan x="[\\d.]+" text-anchor="start" font-family="${family}"[^>]*>([^<]*)<`, 'g'))]
        .map(([, text]) => text)
        .join('|');
    expect(pieces(NASKH_FAMILY)).toContain('هېواد');
    expect(pieces(LATIN_FAMILY)).toMatch(/\(/);
  });

  test('mirrors a timeline too: its line down the right of the box, the words set leftwards from it', () => {
    const svg = card('fa', target('fa', 'china-iran-agreement'));
    const [, lineX] = /<line x1="([\d.]+)"/.exec(svg)!;
    const rows = [...svg.matchAll(/<g class="card-timeline">[\s\S]*<\/g>/g)][0]![0];
    const rights = [...rows.matchAll(/<text x="([\d.]+)"[^>]*direction="rtl"/g)].map(([, right]) => Number(right));
    expect(rights.length).toBe(10);
    for (const right of rights) expect(right).toBeLessThan(Number(lineX));
    expect(Number(lineX)).toBeLessThan(CARD_WIDTH / 2);
  });

  describe.each(['fa', 'ps'] as const)('in %s', (code) => {
    const { card: text, targets } = editions[code];
    test.each([{ id: 'the article' }, ...targets])('keeps every line within its column: $id', (shared) => {
      const layout = layoutCard(text, 'title' in shared ? shared : undefined, script);
      const column = layout.map.x + layout.map.width;
      for (const block of [layout.analysis, layout.title, layout.date, layout.hedge]) {
        for (const line of block.lines) {
          const width = script.pieces(line, block.size, block.bold).reduce((sum, piece) => sum + piece.width, 0);
          expect(width, line).toBeLessThanOrEqual(TEXT_WIDTH);
          expect(block.x - width, line).toBeGreaterThan(column);
        }
      }
      for (const line of layout.footer.lines) {
        const width = script.pieces(line, layout.footer.size, false).reduce((sum, piece) => sum + piece.width, 0);
        expect(layout.footer.x - width, line).toBeGreaterThanOrEqual(64);
      }
      expect(layout.title.lines.length).toBeLessThanOrEqual(4);
    });
  });

  test('ends a title cut short with an ellipsis at its logical end', () => {
    const long = { ...target('fa', 'tehran-nrf-meeting'), title: 'گزارش شده است که '.repeat(20) };
    const { lines } = layoutCard(editions.fa.card, long, script).title;
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/…$/);
  });
});

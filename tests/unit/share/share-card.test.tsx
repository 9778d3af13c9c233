import { renderToStaticMarkup } from 'react-dom/server';
import { MAP_TEXT } from '../../../src/lib/geo/symbol-metrics';
import { describe, expect, test } from 'vitest';
import ShareCard from '../../../src/components/share/ShareCard';
import type { MapModel } from '../../../src/lib/geo/map-model';
import { ORIGINAL } from '../../../src/lib/i18n/editions';
import type { CardText } from '../../../src/lib/share/card-layout';
import { LATIN_SCRIPT } from '../../../src/lib/share/card-script';
import type { ShareTarget } from '../../../src/lib/share/targets';

const text: CardText = {
  kicker: 'BORDERLINES',
  analysisTitle: 'Two neighbours',
  byline: 'Borderlines analysis · 7 February 2022',
  edition: ORIGINAL,
};
/** A map with nothing on it: the card's words are what these tests read. */
const model: MapModel = {
  slug: 'two-neighbours',
  width: 420,
  height: 289,
  countries: [],
  water: { rivers: '', lakes: '' },
  borders: [],
  markers: [],
  callouts: [],
  capitals: [],
  labels: [],
  borderHitClip: '',
  cardLabels: [],
  unplacedLabels: [],
  inset: { cx: 380, cy: 249, radius: 34, sphere: '', land: '', frame: '' },
  scaleBar: { km: 200, length: 80, x: 10, y: 275, text: '200 km' },
  places: [],
  origin: 'Kabul',
  numberLocales: ['en-GB'],
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
const card = (props: { text?: CardText; target?: ShareTarget } = {}) =>
  renderToStaticMarkup(
    <ShareCard
      text={props.text ?? text}
      model={model}
      script={LATIN_SCRIPT}
      {...(props.target && { target: props.target })}
    />,
  );
const italicLines = (svg: string) =>
  [...svg.matchAll(/<text [^>]*font-style="italic"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

describe('ShareCard', () => {
  test('a hedged event’s card says the hedge and who says so in words, under its date', () => {
    const svg = card({ target });
    expect(svg).toContain('>late January 2022</text>');
    expect(italicLines(svg)).toBe(
      'Anonymous sources; who says so: government sources speaking anonymously &amp; others',
    );
  });

  test('an event the reporting does not hedge has no hedge line', () => {
    expect(italicLines(card({ target: { ...target, hedge: '', hedgeWords: '' } }))).toBe('');
  });

  test('the card nests the page’s map round the shared marker, enlarged, without its title, and rings the marker', () => {
    const svg = card({ target: { ...target, highlight: { type: 'marker', x: 120, y: 80, radius: 10 } } });
    const [, width, height] =
      /<svg x="640" y="110" width="520" height="410" class="card-crop" viewBox="0 0 ([\d.]+) ([\d.]+)">/.exec(svg)!;
    // Enlarged until the map's text reads at 22 px on the card.
    expect(Number(width)).toBeCloseTo((520 * MAP_TEXT) / 22, 0);
    expect(Number(height)).toBeCloseTo((410 * MAP_TEXT) / 22, 0);
    expect(svg).not.toContain('<title>');
    expect(svg).toContain('<circle class="card-highlight" cx="120" cy="80" r="10"');
  });

  test('the article’s card shows the whole map, without the page’s labels', () => {
    expect(card()).toMatch(/<svg x="640" y="110" width="520" height="410" class="card-whole" viewBox="0 0 420 289">/);
  });
});

describe('ShareCard layout', () => {
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
    const svg = card({
      text: { ...text, analysisTitle: 'Between Tehran and Islamabad, the Taliban test their room to manoeuvre' },
      target: long,
    });
    const hedge = baselines(svg, /font-style="italic"/);
    const [footer] = baselines(svg, /Borderlines analysis ·/);
    expect(hedge.length).toBeGreaterThan(0);
    expect(italicLines(svg)).toMatch(/^Reported; disputed or denied/);
    // 22px text: a line's glyphs reach about 22px above its baseline.
    expect(footer! - 22 - Math.max(...hedge)).toBeGreaterThanOrEqual(8);
  });
});

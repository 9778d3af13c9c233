import { describe, expect, test } from 'vitest';
import { embedModel, embedOf, oembedDocument } from '../../../src/lib/share/embed';
import { embedSnippet } from '../../../src/lib/share/embed-code';
import { site } from '../geo/first-analysis';
import { english, translated } from './edition-cards';

// The first analysis's map as partners embed it: the code they paste, the oEmbed answer a
// platform fetches, and the embedded map's links, which open its own panels.

const SLUG = 'taliban-iran-pakistan-2022';
const SITE = new URL('https://news.example');
const TITLE = english.entry.data.title;

describe('the code to embed an analysis', () => {
  test('the whole map: its address, title, card and the code to paste, all on the site’s address', () => {
    const embed = embedOf(english, SITE);
    expect(embed.src).toBe(`https://news.example/embed/${SLUG}/`);
    expect(embed.title).toBe(TITLE);
    expect(embed.frameTitle).toContain(TITLE);
    expect(embed.card).toBe(`https://news.example/analyses/${SLUG}/card.png`);
    expect(embed.code).toBe(
      embedSnippet({ src: embed.src, title: embed.frameTitle, script: 'https://news.example/embed.js' }),
    );
  });

  test('opened at one event: its address, its title before the analysis’s, and the event’s own card', () => {
    const embed = embedOf(english, SITE, 'kunar-rocket-exchange');
    expect(embed.src).toBe(`https://news.example/embed/${SLUG}/#kunar-rocket-exchange`);
    const kunar = english.events.find((event) => event.id === 'kunar-rocket-exchange')!;
    expect(embed.title).toBe(`${kunar.title} · ${TITLE}`);
    expect(embed.card).toBe(`https://news.example/analyses/${SLUG}/share/kunar-rocket-exchange/card.png`);
    expect(() => embedOf(english, SITE, 'no-such')).toThrow(`embed: no event "no-such" in ${SLUG}`);
  });

  test('in Dari, under the edition’s address', () => {
    const embed = embedOf(translated('fa'), SITE);
    expect(embed.src).toBe(`https://news.example/fa/embed/${SLUG}/`);
    expect(embed.card).toBe(`https://news.example/fa/analyses/${SLUG}/card.png`);
  });

  test('pasted code keeps its attributes whole, whatever the title holds', () => {
    const code = embedSnippet({ src: 'https://x/?a=1&b=2', title: 'A "quoted" <title>', script: 'https://x/embed.js' });
    expect(code).toContain('src="https://x/?a=1&amp;b=2"');
    expect(code).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(code).toMatch(
      /^<iframe [^>]*width="600" height="500" [^>]*><\/iframe><script async src="https:\/\/x\/embed\.js"><\/script>$/,
    );
  });
});

describe('the oEmbed answer', () => {
  test('a rich embed with the code, its size, the provider and the card as thumbnail', () => {
    const answer = oembedDocument(english, SITE, 'kunar-rocket-exchange');
    const embed = embedOf(english, SITE, 'kunar-rocket-exchange');
    expect(answer).toEqual({
      version: '1.0',
      type: 'rich',
      title: embed.title,
      provider_name: 'Borderlines',
      provider_url: 'https://news.example/',
      html: embed.code,
      width: 600,
      height: 500,
      thumbnail_url: embed.card,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});

describe('the embedded map', () => {
  test('a marker of one event opens that event’s panel, a border its own, a place of several its list', () => {
    const model = embedModel(site.model);
    for (const marker of model.markers) {
      if (marker.kind === 'group') expect(marker.href).toBe(site.model.markers.find((m) => m.key === marker.key)!.href);
      else expect(marker.href).toBe(`#${marker.events[0]}`);
    }
    for (const callout of model.callouts) expect(callout.href).toBe(`#${callout.events[0]}`);
    expect(model.borders.map((border) => border.href)).toEqual(
      site.model.borders.map((border) => `#border-${border.id.toLowerCase()}`),
    );
    expect(model.markers.some((marker) => marker.kind === 'group')).toBe(true);
    expect(model.callouts.length).toBeGreaterThan(0);
  });
});

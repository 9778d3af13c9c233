import { describe, expect, test } from 'vitest';
import { isSearched } from '../../../src/lib/search/pages';
import { pageRecords } from '../../../src/lib/search/records';

// A built analysis page as the components write it, cut down to what search reads: the headline
// and standfirst, a section with its heading row, two passages (one corrected, with its tools), a
// pull quote and a paragraph of the section's own.
const analysisPage = (
  lang: string,
  separator = '',
) => `<!doctype html><html lang="${lang}"><head><title>x</title></head><body>
<header><a href="/">Borderlines</a><a href="/actors/" class="search-button">Search</a></header>
<main id="main"><article><header><h1 id="article-title">Between Tehran &amp; Islamabad</h1><p>The standfirst.</p><p>Byline${separator}Published</p></header>
<section id="iran" class="analysis-section"><div class="heading-row"><h2 id="iran-heading">Iran engages</h2><a href="#iran" class="heading-anchor"><span aria-hidden="true">#</span><span class="sr-only">Link to the section</span></a><button type="button" class="copy-link" hidden>Copy link</button></div>
<div id="water-release" class="passage" tabindex="-1"><p>Water flowed to <a href="#map-marker-iran" class="place-link">Iran</a>.</p><div class="correction-note" role="note"><p>Correction: it said eastern Iran.</p><details class="correction-earlier"><summary>Earlier wording</summary><blockquote><p>The old wording.</p></blockquote></details></div><p class="print-refs">On the map: 4 Iran</p><p class="passage-tools"><a class="on-map" href="#map-marker-iran">On the map<span class="sr-only">: Iran</span></a></p></div>
<div class="pull-quote" aria-hidden="true"><blockquote><p>A repeated line.</p></blockquote></div>
<p>Words of the section itself.</p>
<div id="border-clash" class="passage" tabindex="-1"><span id="tensions-1998" class="event-anchor"></span><p>Forces clashed.</p><p>Again.</p></div>
</section></article></main><footer><p>Footer words.</p></footer></body></html>`;

describe('an analysis is searched passage by passage', () => {
  const read = () => pageRecords(analysisPage('en-GB', ' · '), '/analyses/x/', 'dist/analyses/x/index.html');

  test('each passage and section is a record whose address is the page’s with the fragment of its id', () => {
    const records = read();
    expect(records.map((record) => record.url)).toEqual([
      '/analyses/x/',
      '/analyses/x/#iran',
      '/analyses/x/#water-release',
      '/analyses/x/#border-clash',
    ]);
  });

  test('a passage holds its own words only: not its correction note, tools, print lines or screen-reader labels', () => {
    const records = read();
    expect(records[2]!.content).toBe('Water flowed to Iran.');
    expect(records[3]!.content).toBe('Forces clashed. Again.');
  });

  test('a section holds its heading and its words outside passages; the analysis its headline and standfirst', () => {
    const records = read();
    expect(records[1]!.content).toBe('Iran engages Words of the section itself.');
    expect(records[0]!.content).toBe('Between Tehran & Islamabad The standfirst.');
  });

  test('a passage is titled by its section and its analysis, in the edition’s punctuation', () => {
    const records = read();
    expect(records[2]!.meta.title).toBe('Iran engages · Between Tehran & Islamabad');
    expect(records[0]!.meta.title).toBe('Between Tehran & Islamabad');
    const dari = pageRecords(analysisPage('fa-AF'), '/fa/analyses/x/', 'dist/fa/analyses/x/index.html');
    expect(dari[2]!.meta.title).toBe('Iran engages | Between Tehran & Islamabad');
  });
});

describe('the words of a page, as a reader reads them', () => {
  const page = (body: string) =>
    `<html lang="en-GB"><body><main><h1>Iran</h1><div data-pagefind-body>${body}</div></main></body></html>`;
  const contentOf = (body: string) => pageRecords(page(body), '/actors/iran/', 'a.html')[0]?.content;

  test('a word set in pieces stays one word; a line break or a new block parts words', () => {
    expect(contentOf('<p>Tal<em>iban</em> rule</p>')).toBe('Taliban rule');
    expect(contentOf('<dl><dd>Kabul<br>Herat</dd></dl>')).toBe('Kabul Herat');
    expect(contentOf('<p>Kabul</p>Herat')).toBe('Kabul Herat');
  });

  test('what a reader is not shown parts the words around it and is not found', () => {
    expect(contentOf('<p>Water<span class="sr-only">, on the map</span>flows</p>')).toBe('Water flows');
    expect(contentOf('<p>Seen<span hidden>draft</span>here</p>')).toBe('Seen here');
    expect(contentOf('<p>Seen<span data-pagefind-ignore>menu</span>here</p>')).toBe('Seen here');
    expect(contentOf('<p>Seen<span class="print-refs small">On the map: 4</span>here</p>')).toBe('Seen here');
  });

  test('a page with no words to find is no record', () => {
    expect(pageRecords(page('<svg><text>A map</text></svg>'), '/actors/iran/', 'a.html')).toEqual([]);
  });

  test('an analysis without a standfirst is found by its headline alone', () => {
    const html = analysisPage('en-GB').replace('<p>The standfirst.</p><p>BylinePublished</p>', '');
    expect(pageRecords(html, '/analyses/x/', 'x.html')[0]!.content).toBe('Between Tehran & Islamabad');
  });
});

describe('a page search cannot read stops the build, naming the file, what is missing and the fix', () => {
  test('a page with no language', () => {
    expect(() => pageRecords(analysisPage('en-GB').replace(' lang="en-GB"', ''), '/x/', 'dist/x/index.html')).toThrow(
      'dist/x/index.html: <html lang>: found null; every searched page names an edition’s language'.replace('’', "'"),
    );
  });

  test('a page with no headline', () => {
    const html = analysisPage('en-GB').replace(/<h1[^>]*>.*?<\/h1>/, '');
    expect(() => pageRecords(html, '/x/', 'dist/x/index.html')).toThrow(
      "dist/x/index.html: the headline (h1): found none; the page's template writes one",
    );
  });

  test('a section with no id, or with no heading', () => {
    const noId = analysisPage('en-GB').replace('<section id="iran" ', '<section ');
    expect(() => pageRecords(noId, '/x/', 'dist/x/index.html')).toThrow(
      'dist/x/index.html: <section class="analysis-section"> id: found none; Section.astro writes one',
    );
    const noHeading = analysisPage('en-GB').replace('id="iran-heading"', '');
    expect(() => pageRecords(noHeading, '/x/', 'dist/x/index.html')).toThrow(
      'dist/x/index.html: <section id="iran"> heading (#iran-heading): found none',
    );
  });

  test('a page of another kind with no main', () => {
    const html = '<html lang="ps-AF"><body><h1>Iran</h1><p>Words.</p></body></html>';
    expect(() => pageRecords(html, '/ps/actors/iran/', 'dist/ps/actors/iran/index.html')).toThrow(
      "dist/ps/actors/iran/index.html: <main>: found none; every page's layout writes one",
    );
  });
});

describe('each edition has its own index', () => {
  test('named by the primary subtag of the page’s language, as Pagefind looks it up in the browser', () => {
    for (const [lang, language] of [
      ['en-GB', 'en'],
      ['fa-AF', 'fa'],
      ['ps-AF', 'ps'],
    ]) {
      const records = pageRecords(analysisPage(lang!), '/analyses/x/', 'x.html');
      expect(new Set(records.map((record) => record.language))).toEqual(new Set([language]));
    }
  });

  test('a page in no edition’s language stops the build, naming the file and the value', () => {
    expect(() => pageRecords(analysisPage('de'), '/x/', 'dist/x/index.html')).toThrow(
      'dist/x/index.html: <html lang>: found "de"',
    );
  });
});

describe('which pages are searched', () => {
  test('analyses and any other page, but not share pages, embeds, an analysis’s log, the page not found or the home pages', () => {
    const searched = [
      '/analyses/x/',
      '/fa/analyses/x/',
      '/actors/iran/',
      '/ps/relations/iran--pakistan/',
      '/analyses/x/share/water-release/',
      '/fa/analyses/x/share/iran/',
      '/embed/x/',
      '/ps/embed/x/',
      '/analyses/x/corrections/',
      '/fa/analyses/x/corrections/',
      '/404.html',
      '/',
      '/fa/',
      '/ps/',
    ].filter(isSearched);
    expect(searched).toEqual(['/analyses/x/', '/fa/analyses/x/', '/actors/iran/', '/ps/relations/iran--pakistan/']);
  });

  test('a page of another kind is one record: what it marks data-pagefind-body, or its main, without its map or the passages it quotes', () => {
    const page = (body: string) =>
      `<html lang="fa-AF"><body><header>Masthead</header><main><h1>Iran</h1>${body}</main><footer>Footer</footer></body></html>`;
    expect(pageRecords(page('<p>Every passage about Iran.</p>'), '/fa/actors/iran/', 'a.html')).toEqual([
      { url: '/fa/actors/iran/', content: 'Iran Every passage about Iran.', language: 'fa', meta: { title: 'Iran' } },
    ]);
    const marked = page(
      '<nav>Other actors</nav><div data-pagefind-body><p><a href="/fa/actors/">Actors</a><span aria-hidden="true"> · </span>State</p><figure class="map-figure"><figcaption>Legend</figcaption></figure><p>Only this.</p><a href="/fa/analyses/x/#p" class="passage-opening">A quoted passage</a><ol><li><a href="/x/#e">An event</a><span>From: an analysis</span></li></ol></div>',
    );
    expect(pageRecords(marked, '/fa/actors/iran/', 'a.html')[0]!.content).toBe(
      'Actors State Only this. An event From: an analysis',
    );
  });
});

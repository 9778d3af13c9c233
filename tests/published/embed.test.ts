import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/parse-headers-file';
import { readAnalyses } from '../support/analysis-data';

// The embeds as built: a page per analysis and edition, its oEmbed answers, how partners' tools
// find them, and the headers that let any site frame them and no other page.
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const SITE = 'http://localhost:4321';
const PREFIXES = ['', '/fa', '/ps'];
const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
const oembedLink = (html: string) =>
  /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];

describe.each(PREFIXES)('the embeds of edition "%s"', (prefix) => {
  const embed = `${prefix}/embed/${analysis.slug}/`;
  const html = read(`${embed}index.html`);

  test('the embed has a panel for every event and border, and every link on its map opens one of them', () => {
    const ids = new Set([...html.matchAll(/<section id="([^"]+)" class="embed-panel/g)].map((m) => m[1]));
    for (const event of analysis.events) expect(ids.has(event.id), event.id).toBe(true);
    const mapLinks = [...html.matchAll(/<a id="map-[^"]+" href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(mapLinks.length).toBeGreaterThan(5);
    for (const target of mapLinks) expect(ids.has(target), target).toBe(true);
    // Every way out opens the site in a new tab, never in the partner's frame.
    const out = [...html.matchAll(/<a href="(\/[^"#]*[^"]*)"([^>]*)>/g)];
    const borders = html.match(/class="map-border"/g)?.length ?? 0;
    expect(borders).toBeGreaterThan(0);
    expect(out.length, 'the title, each event and each border').toBe(1 + analysis.events.length + borders);
    for (const [, , rest] of out) expect(rest).toContain('target="_blank" rel="noopener"');
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
  });

  test('the article and each event’s share page name their oEmbed answer, which gives the code its map’s Embed page shows', () => {
    const article = read(`${prefix}/analyses/${analysis.slug}/index.html`);
    const answerUrl = oembedLink(article)!;
    expect(answerUrl).toBe(`${SITE}${embed}oembed.json`);
    const answer = JSON.parse(read(new URL(answerUrl).pathname));
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: 500, thumbnail_width: 1200 });
    expect(answer.html).toContain(`<iframe src="${SITE}${embed}" title="`);
    expect(answer.html).toContain(`<script async src="${SITE}/embed.js"></script>`);
    expect(existsSync(`dist${new URL(answer.thumbnail_url).pathname}`)).toBe(true);
    // The article's map links to the page with the code, which gives the same code, whole and at each event.
    expect(article).toContain(`<a href="${prefix}/analyses/${analysis.slug}/embed/">`);
    const codePage = read(`${prefix}/analyses/${analysis.slug}/embed/index.html`);
    expect(codePage).toContain('<meta name="robots" content="noindex, follow">');
    const codes = [...codePage.matchAll(/<textarea id="embed-code[^"]*"[^>]*>([^<]+)<\/textarea>/g)].map((m) =>
      m[1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
    );
    expect(codes[0]).toBe(answer.html);
    expect(codes).toHaveLength(1 + analysis.events.length);
    expect(read('/sitemap-0.xml')).not.toContain('/embed/');

    const event = analysis.events[0]!;
    const share = read(`${prefix}/analyses/${analysis.slug}/share/${event.id}/index.html`);
    const eventAnswer = JSON.parse(read(new URL(oembedLink(share)!).pathname));
    expect(eventAnswer.html).toContain(`<iframe src="${SITE}${embed}#${event.id}"`);
    expect(codes[1]).toBe(eventAnswer.html);
    expect(existsSync(`dist${new URL(eventAnswer.thumbnail_url).pathname}`)).toBe(true);
    expect(readdirSync(`dist${embed}oembed`)).toHaveLength(analysis.events.length);
  });

  test('any site may frame the embed; the article, its share pages and the home page no one', () => {
    const rules = parseHeadersFile(read('/_headers'));
    expect(headersFor(rules, embed).get('content-security-policy')).toMatch(/^frame-ancestors \*;/);
    for (const page of [
      `${prefix}/`,
      `${prefix}/analyses/${analysis.slug}/`,
      `${prefix}/analyses/${analysis.slug}/share/iran/`,
    ]) {
      expect(headersFor(rules, page).get('content-security-policy'), page).toMatch(/^frame-ancestors 'none';/);
    }
  });
});

test('every built page but the embeds is framed by no one, by the headers file', () => {
  const rules = parseHeadersFile(read('/_headers'));
  const pages = (folder: string): string[] =>
    readdirSync(`dist${folder}`, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? pages(`${folder}${entry.name}/`)
        : entry.name.endsWith('.html')
          ? [`${folder}${entry.name}`]
          : [],
    );
  const unframed = pages('/')
    .map((file) => file.replace(/index\.html$/, ''))
    .filter((path) => !/^(\/[a-z]{2})?\/embed\//.test(path))
    .filter((path) => !/^frame-ancestors 'none';/.test(headersFor(rules, path).get('content-security-policy') ?? ''));
  expect(unframed).toEqual([]);
});

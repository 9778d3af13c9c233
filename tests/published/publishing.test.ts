import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { readAnalyses } from '../support/analysis-data';

// The published files, read from dist/: share pages, cards, feed, sitemap, structured and open
// data. That a card's pixels decode is checked in the browser (tests/e2e/card.spec.ts).
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const DIST = `dist/analyses/${analysis.slug}`;
const articleHtml = readFileSync(`${DIST}/index.html`, 'utf8');
/** The analysis's whole log, on its own page. */
const logHtml = readFileSync(`${DIST}/corrections/index.html`, 'utf8');
const sectionIds = [...articleHtml.matchAll(/<section id="([a-z0-9-]+)" data-entity=/g)].map((m) => m[1]!);
const shareIds = [...sectionIds, ...analysis.events.map((event) => event.id)];

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
}

const fileOf = (url: string) => `dist${new URL(url).pathname}`;

test('every section and event has a share page with its own title, description, card and canonical link', () => {
  expect(shareIds.length).toBe(sectionIds.length + analysis.events.length);
  const hashes = new Set<string>();
  for (const id of shareIds) {
    const html = readFileSync(`${DIST}/share/${id}/index.html`, 'utf8');
    const event = analysis.events.find((e) => e.id === id);
    expect(meta(html, 'og:title')?.endsWith(` · ${analysis.title}`), id).toBe(true);
    if (event) expect(meta(html, 'og:title')).toBe(`${event.title} · ${analysis.title}`);
    expect(meta(html, 'og:description'), id).toMatch(/^.{30,}$/);
    if (event) expect(meta(html, 'og:description')).toContain(event.date.label);
    expect(meta(html, 'twitter:card'), id).toBe('summary_large_image');
    expect(html, id).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/analyses/${analysis.slug}/share/${id}/"`));
    expect(html, id).toContain(`<meta http-equiv="refresh" content="0; url=/analyses/${analysis.slug}/#${id}">`);
    const image = meta(html, 'og:image')!;
    expect(existsSync(fileOf(image)), image).toBe(true);
    const { width, height, hash } = pngSize(fileOf(image));
    expect([width, height], id).toEqual([1200, 630]);
    hashes.add(hash);
  }
  expect(hashes.size, 'every card differs').toBe(shareIds.length);
});

test('the article’s own card is a 1200×630 PNG named in its head', () => {
  const image = meta(articleHtml, 'og:image')!;
  expect(image).toMatch(/\/card\.png$/);
  expect(pngSize(fileOf(image))).toMatchObject({ width: 1200, height: 630 });
  expect(meta(articleHtml, 'og:type')).toBe('article');
});

test('the JSON-LD parses, is a NewsArticle and names the analysis', () => {
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(articleHtml)![1]!;
  const data = JSON.parse(json);
  expect(data['@type']).toBe('NewsArticle');
  expect(data.headline).toBe(analysis.title);
  expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(data.about.map((place: { name: string }) => place.name)).toEqual(['Afghanistan', 'Iran', 'Pakistan']);
  expect(data.mentions.length).toBeGreaterThan(5);
});

test('the GeoJSON has a Feature per event with a point or a country, and invents no point or date', () => {
  const geojson = JSON.parse(readFileSync(`${DIST}/events.geojson`, 'utf8'));
  const located = analysis.events.filter((event) => event.place?.coordinates || event.place?.country);
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features.map((f: { id: string }) => f.id).sort()).toEqual(located.map((e) => e.id).sort());
  for (const feature of geojson.features) {
    const event = analysis.events.find((e) => e.id === feature.id)!;
    const fragment = new URL(feature.properties.passage).hash.slice(1);
    expect(articleHtml, feature.id).toContain(`id="${fragment}" data-passage="${fragment}"`);
    if (event.place!.country) {
      expect(feature.geometry, feature.id).toBeNull();
      expect(feature.properties).toMatchObject({ country: event.place!.country, precision: 'country' });
    } else {
      expect(feature.geometry.type).toBe('Point');
      expect(['exact', 'city', 'province', 'approximate']).toContain(feature.properties.precision);
    }
    expect(feature.properties.date, feature.id).toBe(event.date.iso ?? null);
    expect(feature.properties.dateRelative, feature.id).toBe(event.date.relative ?? null);
    expect(feature.properties.dateLabel, feature.id).toBe(event.date.label);
  }
  const meeting = geojson.features.find((f: { id: string }) => f.id === 'tehran-nrf-meeting');
  expect(meeting.properties).toMatchObject({
    date: null,
    dateRelative: 'recently',
    hedge: ['reported', 'disputed'],
    hedgeWords: 'reported; disputed or denied',
    attribution: expect.stringMatching(/the NRF denied/),
  });
});

test('the CSV has a header and one row per event, with dates, hedges and sources as the reporting gives them', () => {
  const rows = readFileSync(`${DIST}/events.csv`, 'utf8').trimEnd().split('\r\n');
  expect(rows[0]).toBe(
    'id,title,date,date_relative,date_after,date_label,place,longitude,latitude,country,border,precision,kind,entities,hedge,hedge_words,attribution,passage',
  );
  expect(rows).toHaveLength(analysis.events.length + 1);
  expect(rows.some((row) => row.startsWith('ttp-founded,'))).toBe(true);
  expect(rows.find((row) => row.startsWith('yusuf-kabul-visit,'))).toContain(
    ',,after,kunar-rocket-exchange,"eventually, after the postponement",Kabul,',
  );
  expect(rows.find((row) => row.startsWith('water-release,'))).toContain(',Iran,,,IRN,,country,');
});

test('the JSON-LD dates the last modification by the latest log entry and carries each entry with its kind, pointing to its note', () => {
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(articleHtml)![1]!;
  const data = JSON.parse(json);
  const corrections = [...logHtml.matchAll(/<li id="correction-(\d+)" data-kind="([a-z]+)">/g)];
  expect(corrections.length).toBeGreaterThan(0);
  expect(data.correction).toHaveLength(corrections.length);
  // Each entry of the log, in its order, with the same kind the log gives it.
  expect(data.correction.map((c: { genre: string }) => c.genre)).toEqual(corrections.map((c) => c[2]));
  expect(new Set(data.correction.map((c: { genre: string }) => c.genre))).toEqual(
    new Set(['correction', 'clarification', 'minor']),
  );
  const latest = data.correction
    .map((c: { datePublished: string }) => c.datePublished)
    .sort()
    .at(-1);
  expect(data.dateModified).toBe(latest);
  for (const correction of data.correction) {
    expect(correction['@type']).toBe('CorrectionComment');
    // It points to the passage, whose note tells the reader what changed.
    const fragment = new URL(correction.url).hash.slice(1);
    expect(articleHtml, correction.url).toMatch(
      new RegExp(`<(div|section) id="${fragment}"[\\s\\S]*?class="correction-note"`),
    );
  }
  const undated = data.mentions.find((event: { url: string }) => event.url.endsWith('#oslo-talks'));
  expect(undated).not.toHaveProperty('startDate');
  expect(undated.location).toEqual({ '@type': 'Country', name: 'Norway' });
});

test('the share page and its preview say how an event is hedged and who says so', () => {
  const html = readFileSync(`${DIST}/share/ttp-talks-kabul/index.html`, 'utf8');
  expect(meta(html, 'og:description')).toBe(
    'late January 2022, Kabul. Anonymous sources; who says so: Pakistani government sources speaking anonymously. From “' +
      analysis.title +
      '”.',
  );
  expect(html).toMatch(/<p class="share-hedge[^"]*">anonymous sources; who says so: Pakistani government sources/);
});

/** Whether the XML is well formed, and the addresses its feed items or sitemap entries link to. */
function readXml(xml: string) {
  const valid = XMLValidator.validate(xml);
  const doc = new XMLParser({ isArray: (name) => ['item', 'url', 'sitemap'].includes(name) }).parse(xml);
  const links: string[] = [
    ...(doc.rss?.channel?.item ?? []).map((item: { link: string }) => item.link),
    ...(doc.urlset?.url ?? []).map((url: { loc: string }) => url.loc),
    ...(doc.sitemapindex?.sitemap ?? []).map((sitemap: { loc: string }) => sitemap.loc),
  ];
  return { error: valid === true ? null : valid.err.msg, links };
}

test('the feed and the sitemap parse and list the analysis, and the sitemap leaves share pages out', () => {
  const feedXml = readFileSync('dist/rss.xml', 'utf8');
  const feed = readXml(feedXml);
  expect(feed.error).toBeNull();
  expect(feed.links.filter((link) => link.endsWith(`/analyses/${analysis.slug}/`))).toHaveLength(1);
  // A correction updates the item in place: the same guid and publication date, the correction named.
  const item = new RegExp(`<item>(?:(?!</item>).)*/analyses/${analysis.slug}/(?:(?!</item>).)*</item>`, 's').exec(
    feedXml,
  )![0];
  expect(item).toMatch(new RegExp(`<guid isPermaLink="true">[^<]*/analyses/${analysis.slug}/</guid>`));
  expect(item).toContain('<pubDate>Mon, 07 Feb 2022 00:00:00 GMT</pubDate>');
  expect(item).toMatch(
    /Updated \d{1,2} \w+ \d{4}\. \d+ corrections, \d+ clarifications, \d+ minor edits: see the section Corrections and changes\./,
  );
  // Each entry, with its kind, in the item's content.
  const content = (/<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(item)?.[1] ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  const kinds = [...content.matchAll(/<li><strong>([^<]+)<\/strong>/g)].map((match) => match[1]);
  expect(kinds.length).toBe([...logHtml.matchAll(/<li id="correction-\d+"/g)].length);
  expect(new Set(kinds)).toEqual(new Set(['Correction', 'Clarification', 'Minor edit']));
  const index = readXml(readFileSync('dist/sitemap-index.xml', 'utf8'));
  expect(index.error).toBeNull();
  expect(index.links.map((link) => new URL(link).pathname)).toEqual(['/sitemap-0.xml']);
  const sitemap = readXml(readFileSync('dist/sitemap-0.xml', 'utf8'));
  expect(sitemap.error).toBeNull();
  expect(sitemap.links.some((link) => link.endsWith(`/analyses/${analysis.slug}/`))).toBe(true);
  expect(sitemap.links.some((link) => link.includes('/share/'))).toBe(false);
  expect(articleHtml).toContain(
    '<link rel="alternate" type="application/rss+xml" title="Borderlines" href="/rss.xml">',
  );
});

test('the headers file a static host reads forbids framing but for the embeds, forbids plugins and caches hashed assets for a year', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  for (const rule of [
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy:',
    'Strict-Transport-Security:',
    'Permissions-Policy:',
  ]) {
    expect(headers).toContain(rule);
  }
  expect(headers).toMatch(/\/embed\/\*\n\s+Content-Security-Policy: frame-ancestors \*;/);
  expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
});

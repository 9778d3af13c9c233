import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { gzipSize } from '../../scripts/bench/page-weight.mjs';
import { TRANSLATIONS } from '../../src/lib/i18n/editions';
import { readAnalyses } from '../support/analysis-data';

// The translated editions as published: the same ids as the English, in their own language,
// script and direction, each with its feed, share pages, cards and open data.
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
const english = read(`/analyses/${analysis.slug}/index.html`);
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const FONT_BUDGET = 30_000;

describe.each(TRANSLATIONS)('the $code edition', ({ code, locale }) => {
  const page = read(`/${code}/analyses/${analysis.slug}/index.html`);

  test('is its language, right to left, with the English named as the original', () => {
    expect(page).toMatch(new RegExp(`<html lang="${locale}" dir="rtl"`));
    expect(page).toContain(
      `<link rel="alternate" hreflang="x-default" href="http://localhost:4321/analyses/${analysis.slug}/"`,
    );
  });

  test('has every id the English has, so that every deep link lands in both', () => {
    const missing = [...ids(english)].filter((id) => !ids(page).has(id));
    expect(missing).toEqual([]);
  });

  test('every event has its share page and card, and its open data speaks the edition', () => {
    for (const event of analysis.events) {
      expect(existsSync(`dist/${code}/analyses/${analysis.slug}/share/${event.id}/card.png`), event.id).toBe(true);
    }
    const csv = read(`/${code}/analyses/${analysis.slug}/events.csv`).split('\n');
    expect(csv[0]).toBe(read(`/analyses/${analysis.slug}/events.csv`).split('\n')[0]);
    expect(csv.filter(Boolean)).toHaveLength(analysis.events.length + 1);
    expect(csv[1]).toMatch(/[\u0600-\u06FF]/);
    expect(csv[1]).toContain(`/${code}/analyses/${analysis.slug}/#`);
  });

  test('its feed lists the analysis in its language at its own address', () => {
    const feed = new XMLParser().parse(read(`/${code}/rss.xml`)).rss.channel;
    expect(feed.language).toBe(locale.toLowerCase());
    expect(feed.item.link).toBe(`http://localhost:4321/${code}/analyses/${analysis.slug}/`);
  });

  test('loads its type from the site, within the budget, and the English page names no font', () => {
    const fonts = [...page.matchAll(/url\('(\/fonts\/[^']+)'\)/g)].map((m) => m[1]!);
    expect(fonts).toEqual(['/fonts/naskh-400.woff2', '/fonts/naskh-700.woff2']);
    const bytes = fonts.reduce((sum, font) => sum + gzipSize(readFileSync(`dist${font}`)), 0);
    console.log(`${code} fonts: ${bytes} B gzip of ${FONT_BUDGET} B`);
    expect(bytes).toBeLessThanOrEqual(FONT_BUDGET);
    // A face that comes late is never swapped in under a reader (ArabicType.astro).
    expect(page).toContain('font-display:optional');
    // The faces' style is allowed by its hash, not by standing before the policy in the head.
    const faces = /<style>(@font-face[^<]*)<\/style>/.exec(page)![1]!;
    const policy = /http-equiv="content-security-policy" content="([^"]*)"/.exec(page)![1]!;
    expect(policy).toContain(`'sha256-${createHash('sha256').update(faces).digest('base64')}'`);
    expect(english).not.toMatch(/\/fonts\/|@font-face/);
  });

  test('preloads no font, so a shared link opened without script lands on its passage', () => {
    // Chromium holds the first paint for a preloaded font and, when the font and the page's end
    // arrive together, forgets to scroll to the address's fragment: the reader stays at the top.
    for (const path of [`/${code}/`, `/${code}/analyses/${analysis.slug}/`, `/${code}/embed/${analysis.slug}/`]) {
      expect(read(`${path}index.html`), path).not.toMatch(/<link[^>]*rel="preload"[^>]*as="font"/);
    }
  });
});

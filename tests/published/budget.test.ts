import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gzipSize } from '../../scripts/bench/page-weight.mjs';
import { listBuiltPages } from '../../src/lib/built-pages';
import { readAnalyses } from '../support/analysis-data';
import { KB, PAGE_BUDGETS } from '../support/page-budgets';

// What the first paint of each analysis depends on, read from the built page. The weight of the
// whole first visit is measured in the browser (tests/e2e/budget.spec.ts).
const MAP_BUDGET = 30_000;

describe.each(readAnalyses())('$slug', ({ slug }) => {
  const html = readFileSync(`dist/analyses/${slug}/index.html`, 'utf8');

  test('its map weighs at most 30 KB gzip in the page', () => {
    const figure = /<figure data-map="[^"]+"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    const bytes = gzipSize(Buffer.from(figure));
    console.log(`map of ${slug}: ${bytes} B gzip of ${MAP_BUDGET} B (${figure.length} B raw)`);
    expect(figure).toContain('<svg');
    expect(bytes).toBeLessThanOrEqual(MAP_BUDGET);
  });

  test('it paints without waiting for any script', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    // In the head only the theme switch runs, inline and tiny; no script is fetched before paint.
    const headScripts = [...head.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes]) => !attributes!.includes('application/ld+json'),
    );
    for (const [, attributes, body] of headScripts) {
      expect(attributes, 'no script in the head is fetched').not.toContain('src=');
      expect(body!.length, 'an inline head script stays tiny').toBeLessThan(400);
    }
    // No script file is named in the page: the island's code is fetched when the reader reaches
    // for the map (src/lib/sync/intent.ts), and nothing is preloaded for it.
    expect(html.match(/<script[^>]*\ssrc=[^>]*>/g) ?? []).toEqual([]);
    expect(html.match(/<link[^>]*modulepreload[^>]*>/g) ?? []).toEqual([]);
    const islands = [...html.matchAll(/<astro-island[^>]*client="([a-z]+)"/g)].map(([, directive]) => directive);
    expect(islands).toEqual(['intent']);
  });
});

test('every built page’s HTML keeps within its first-visit budget, in every edition', () => {
  const over: string[] = [];
  let pages = 0;
  for (const { file, path } of listBuiltPages('dist')) {
    pages++;
    const bytes = gzipSize(readFileSync(file));
    if (bytes > PAGE_BUDGETS.html) over.push(`${path}: ${(bytes / KB).toFixed(1)} KB gzip`);
  }
  expect(pages, 'pages found').toBeGreaterThan(50);
  expect(over, `over ${PAGE_BUDGETS.html / KB} KB`).toEqual([]);
});

test('every map on every page is its column’s width before the stylesheet applies, never wider than a phone', () => {
  // A map's SVG that named a width in pixels stood that wide until the stylesheet applied; Chromium
  // on a phone can lay a page out before then, and with the page wider than the screen it dropped
  // the scroll to a shared link's passage, which opened at the top.
  const wrong: string[] = [];
  let maps = 0;
  for (const { file, path } of listBuiltPages('dist')) {
    for (const [svg] of readFileSync(file, 'utf8').matchAll(/<svg class="map-svg"[^>]*>/g)) {
      maps++;
      if (!svg.includes('width="100%"') || /\sheight="/.test(svg)) wrong.push(`${path}: ${svg}`);
    }
  }
  expect(maps, 'maps found').toBeGreaterThan(10);
  expect(wrong).toEqual([]);
});

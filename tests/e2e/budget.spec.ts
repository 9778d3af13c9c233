import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { gzipSize, measurePageWeight } from '../../scripts/bench/page-weight.mjs';
import { readAnalyses } from './analysis-data';

// Byte budgets for a reader's first visit, in gzip bytes (1 KB = 1,000 bytes). The map is
// measured from the built file; the page as a whole in the browser, everything it fetches.
const KB = 1000;
const MAP_BUDGET = 30 * KB;
const PAGE_BUDGETS = { html: 45 * KB, css: 15 * KB, js: 80 * KB, font: 30 * KB, total: 150 * KB };

for (const { slug } of readAnalyses()) {
  test(`the map of ${slug} weighs at most 30 KB gzip in the page`, () => {
    const html = readFileSync(`dist/analyses/${slug}/index.html`, 'utf8');
    const figure = /<figure data-map="[^"]+"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    const bytes = gzipSize(Buffer.from(figure));
    console.log(`map of ${slug}: ${bytes} B gzip of ${MAP_BUDGET} B (${figure.length} B raw)`);
    expect(figure).toContain('<svg');
    expect(bytes).toBeLessThanOrEqual(MAP_BUDGET);
  });

  test(`a first visit to ${slug} stays within every byte budget`, async ({ page }) => {
    const weight = await measurePageWeight(page, `/analyses/${slug}/`);
    const figures = { ...weight.byKind, total: weight.total };
    const lines = Object.entries(PAGE_BUDGETS).map(
      ([kind, budget]) =>
        `${kind.padEnd(6)} ${(figures[kind as keyof typeof figures] / KB).toFixed(1).padStart(6)} KB of ${budget / KB} KB`,
    );
    console.log(`first visit to ${slug}, gzip:\n${lines.join('\n')}`);
    expect(weight.byKind.html, 'the page itself was measured').toBeGreaterThan(10 * KB);
    expect(weight.byKind.js, 'the island’s script was measured').toBeGreaterThan(10 * KB);
    const extras = weight.entries.filter((entry) => !['html', 'css', 'js'].includes(entry.kind));
    expect(
      extras.map((entry) => new URL(entry.url).pathname),
      'nothing else is fetched but the icon',
    ).toEqual(['/favicon.svg']);
    for (const [kind, budget] of Object.entries(PAGE_BUDGETS)) {
      expect(figures[kind as keyof typeof figures], `${kind} within ${budget / KB} KB`).toBeLessThanOrEqual(budget);
    }
  });

  test(`${slug} paints without waiting for any script`, () => {
    const html = readFileSync(`dist/analyses/${slug}/index.html`, 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    // In the head only the theme switch runs, inline and tiny; no script is fetched before paint.
    const headScripts = [...head.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes]) => !attributes!.includes('application/ld+json'),
    );
    for (const [, attributes, body] of headScripts) {
      expect(attributes, 'no script in the head is fetched').not.toContain('src=');
      expect(body!.length, 'an inline head script stays tiny').toBeLessThan(400);
    }
    // Scripts in the body are modules (deferred by nature) and the island waits for idle or view.
    for (const [, attributes] of html.matchAll(/<script([^>]*src=[^>]*)>/g)) {
      expect(attributes).toContain('type="module"');
    }
    const islands = [...html.matchAll(/<astro-island[^>]*client="([a-z]+)"/g)].map(([, directive]) => directive);
    expect(islands.length).toBeGreaterThan(0);
    for (const directive of islands) expect(['idle', 'visible']).toContain(directive);
  });
}

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gzipSize } from '../../scripts/bench/page-weight.mjs';
import { readAnalyses } from '../support/analysis-data';

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
    // Scripts in the body are modules (deferred by nature) and the island waits for idle or view.
    for (const [, attributes] of html.matchAll(/<script([^>]*src=[^>]*)>/g)) {
      expect(attributes).toContain('type="module"');
    }
    const islands = [...html.matchAll(/<astro-island[^>]*client="([a-z]+)"/g)].map(([, directive]) => directive);
    expect(islands.length).toBeGreaterThan(0);
    for (const directive of islands) expect(['idle', 'visible']).toContain(directive);
  });
});

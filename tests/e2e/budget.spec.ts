import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { readAnalyses } from './analysis-data';

// Byte budgets are measured on the built files; the browser is not needed.
const MAP_BUDGET = 30 * 1024;

for (const { slug } of readAnalyses()) {
  test(`the map of ${slug} weighs at most 30 KB gzip in the page`, () => {
    const html = readFileSync(`dist/analyses/${slug}/index.html`, 'utf8');
    const figure = /<figure data-map="[^"]+"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    const bytes = gzipSync(figure, { level: 9 }).length;
    console.log(`map of ${slug}: ${bytes} B gzip of ${MAP_BUDGET} B (${figure.length} B raw)`);
    expect(figure).toContain('<svg');
    expect(bytes).toBeLessThanOrEqual(MAP_BUDGET);
  });
}

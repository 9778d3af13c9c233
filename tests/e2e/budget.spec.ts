import { expect, test } from '@playwright/test';
import { measurePageWeight } from '../../scripts/bench/page-weight.mjs';
import { readAnalyses } from '../support/analysis-data';

// Byte budgets for a reader's first visit, in gzip bytes (1 KB = 1,000 bytes), measured in the
// browser: everything the page fetches. The map's own budget is read from the built file
// (tests/published/budget.test.ts).
const KB = 1000;
const PAGE_BUDGETS = { html: 45 * KB, css: 15 * KB, js: 80 * KB, font: 30 * KB, total: 150 * KB };

for (const { slug } of readAnalyses()) {
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
}

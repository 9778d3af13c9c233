// Byte budgets for a reader's first visit to a page, in gzip bytes (1 KB = 1,000 bytes): the same
// in every edition. The browser measures what a first visit fetches against them
// (tests/e2e/budget.spec.ts); the built files hold every page's own HTML to its share
// (tests/published/budget.test.ts).
export const KB = 1000;
export const PAGE_BUDGETS = { html: 45 * KB, css: 15 * KB, js: 80 * KB, font: 30 * KB, total: 150 * KB };

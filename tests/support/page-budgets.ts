// Byte budgets for a reader's first visit to a page, in gzip bytes (1 KB = 1,000 bytes): the same
// in every edition. The browser measures what a first visit fetches against them
// (tests/e2e/budget.spec.ts); the built files hold every page's own HTML to its share
// (tests/published/budget.test.ts).
export const KB = 1000;
/** Everything an article fetches once the reader has reached for its map and the island has woken. */
export const PAGE_BUDGETS = { html: 45 * KB, css: 15 * KB, js: 80 * KB, font: 30 * KB, total: 150 * KB };
/**
 * Everything a page fetches before the reader does anything: an article (its HTML, style, type and
 * icon; the map's script waits for the reader's intent), and the pages that span analyses or are
 * embedded in others, which have no island.
 */
export const BEFORE_INTENT = { article: 80 * KB, page: 50 * KB };

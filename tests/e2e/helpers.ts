import axe, { type Result as AxeResult } from 'axe-core';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { reachForTheMap } from '../../scripts/bench/reach-for-map.mjs';

/**
 * The fixture site (the Nordic, Baltic and Caucasus analyses as one site), built and served beside
 * the site's own on a port of its own (playwright.config.ts, scripts/preview-fixture.mjs).
 */
export const FIXTURE_SITE = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT}`;

/** The rules of WCAG 2.0–2.2 at levels A and AA, as axe tags them. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The page's violations of WCAG 2.0–2.2 A and AA, as axe finds them. axe is put into the page once
 * per document and runs there alone: the site's pages have no frames, so it needs none of the
 * blank page or the passing nodes its Playwright wrapper would gather, and sending its 550 kB again
 * for every check cost twice what the check itself did.
 */
export async function findAxeViolations(page: Page): Promise<AxeResult[]> {
  expect(await page.locator('iframe, frame').count(), 'a page with frames needs axe’s frame mode').toBe(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    WCAG_AA,
  );
}

/**
 * The violations of WCAG 2.0–2.2 A and AA axe finds in the parts of a page `selector` names (the
 * studio's own fields, inside an interface that is not the project's), one line each.
 */
export async function findAxeViolationsIn(page: Page | Frame, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    ([tags, include]) =>
      (window as unknown as { axe: typeof axe }).axe
        .run({ include: [[include]] } as never, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    [WCAG_AA, selector] as const,
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails the test on any axe violation, listing what broke where. */
export async function expectNoAxeViolations(page: Page) {
  const violations = await findAxeViolations(page);
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Records the page's errors from now on, each breach of its content security policy among them. */
export async function recordProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  return problems;
}

/** Records every request the page makes that is not to the site's own origin. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  return foreign;
}

/**
 * Opens a page with a map, reaches for the map as a reader would (the pointer comes over it) and
 * waits until the island has woken (its controls appear).
 */
export async function openArticle(page: Page, path: string) {
  await page.goto(path);
  await wakeTheMap(page);
}

/** The reader reaches for the map (scripts/bench/reach-for-map.mjs); its controls then appear. */
export async function wakeTheMap(page: Page) {
  await reachForTheMap(page);
  await expect(page.locator('.map-filters')).toBeAttached();
}

/** The reader is on `passage`: the address names it, and it is in view, highlighted and focused. */
export async function expectLandedOn(page: Page, passage: string) {
  await expect(page).toHaveURL(new RegExp(`#${passage}$`));
  const element = page.locator(`[id="${passage}"]`);
  await expect(element).toBeInViewport();
  await expect(element).toHaveClass(/is-current/);
  await expect(element).toBeFocused();
}

/**
 * A page opened at `passage`'s address (a shared link, a search result, another edition) has
 * landed on it: the address names it, and it is in view and highlighted, by the browser's own
 * `:target` until the map's island wakes and by the island after. Focus is where the browser
 * leaves it.
 */
export async function expectArrivedAt(page: Page, passage: string) {
  await expect(page).toHaveURL(new RegExp(`#${passage}$`));
  const element = page.locator(`[id="${passage}"]`);
  await expect(element).toBeInViewport();
  await expect
    .poll(() => element.evaluate((e) => e.matches(':target') || e.classList.contains('is-current')))
    .toBe(true);
}

/**
 * One page at `path`, loaded once for the tests of a describe block that only read it: they run in
 * order on it. On a busy machine, opening a page costs a short test more than its own checks. A
 * test that clicks, types or scrolls opens a page of its own.
 */
export function pageForReaders(path: string): () => Page {
  let page: Page | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await page.goto(path);
  });
  test.afterAll(async () => {
    await page?.context().close();
  });
  return () => {
    if (!page) throw new Error(`no page was opened at ${path}`);
    return page;
  };
}

import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * The browser tests' `test`, with one page per worker that its tests take in turn. Opening a page
 * is most of a short test's work on a busy machine: a renderer started, Playwright's own scripts
 * put in it, about 1.1 CPU-seconds here, against 0.9 for loading and hydrating the article in a
 * page already open. Before each test the page is put back as a new one would be: on a blank
 * document, with no stored data, cache, cookies, permissions, routes, added scripts, listeners,
 * emulated media or hover, at the project's own size.
 *
 * A spec that changes the context's own options (`test.use`), works offline or records a first
 * visit's bytes keeps Playwright's own `test` and a context of its own.
 */

/** The context options a project's `use` sets: what a fresh context would be made with. */
function contextOptions(use: Record<string, unknown>): BrowserContextOptions {
  const keys = [
    'baseURL',
    'deviceScaleFactor',
    'hasTouch',
    'isMobile',
    'javaScriptEnabled',
    'locale',
    'serviceWorkers',
    'timezoneId',
    'userAgent',
    'viewport',
  ] as const;
  return Object.fromEntries(keys.filter((key) => use[key] !== undefined).map((key) => [key, use[key]]));
}

/** What a test may leave on the page, undone before the next one. */
const PAGE_EVENTS = [
  'console',
  'pageerror',
  'request',
  'response',
  'requestfailed',
  'requestfinished',
  'dialog',
  'popup',
];

interface SharedPage {
  page: Page;
  context: BrowserContext;
  /** Scripts the test added to every document, removed before the next test. */
  added: { dispose(): Promise<void> }[];
}

async function openPage(context: BrowserContext, added: SharedPage['added']): Promise<Page> {
  const page = await context.newPage();
  const addInitScript = page.addInitScript.bind(page);
  page.addInitScript = (async (...args: Parameters<Page['addInitScript']>) => {
    const script = await addInitScript(...args);
    added.push(script);
    return script;
  }) as Page['addInitScript'];
  return page;
}

/** Puts the shared page back as a fresh one would be, or opens a new one if it cannot be. */
async function reset(shared: SharedPage, options: BrowserContextOptions, origins: string[]): Promise<void> {
  const { context } = shared;
  for (const other of context.pages()) if (other !== shared.page) await other.close();
  for (const script of shared.added.splice(0)) await script.dispose().catch(() => {});
  for (const type of PAGE_EVENTS) shared.page.removeAllListeners(type);
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearCookies();
  await context.clearPermissions();
  await context.setOffline(false);
  try {
    await shared.page.unrouteAll({ behavior: 'ignoreErrors' });
    await shared.page.goto('about:blank');
  } catch {
    await shared.page.close().catch(() => {});
    shared.page = await openPage(context, shared.added);
  }
  const { page } = shared;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.detach();
  await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null, contrast: null });
  if (options.viewport) await page.setViewportSize(options.viewport);
}

export const test = base.extend<object, { shared: SharedPage }>({
  shared: [
    async ({ browser }, use, workerInfo) => {
      const options = contextOptions(workerInfo.project.use as Record<string, unknown>);
      const context = await browser.newContext(options);
      const added: SharedPage['added'] = [];
      const shared = { context, added, page: await openPage(context, added) };
      await use(shared);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ shared }, use) => {
    await use(shared.context);
  },
  page: async ({ shared, playwright }, use, testInfo) => {
    const options = contextOptions(testInfo.project.use as Record<string, unknown>);
    const origins = [options.baseURL, `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT}`].flatMap((url) =>
      url ? [new URL(url).origin] : [],
    );
    await reset(shared, options, origins);
    // What a test fetches beside the page (page.request) goes on a connection of its own, closed
    // after each answer. The context's own would keep its connections from one test to the next:
    // the preview server drops one left idle for 5 s, and one reused at that moment was reset
    // (ECONNRESET), once in 913 runs on a busy machine.
    const { baseURL, userAgent } = options;
    const request = await playwright.request.newContext({
      ...(baseURL ? { baseURL } : {}),
      ...(userAgent ? { userAgent } : {}),
      extraHTTPHeaders: { connection: 'close' },
    });
    Object.assign(shared.page, { request });
    Object.assign(shared.context, { request });
    await use(shared.page);
    await request.dispose();
  },
});

export { expect, type Locator, type Page } from '@playwright/test';

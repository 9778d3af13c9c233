import { expect, test } from './reader';
import { ENGLISH } from './editions';

// The tests share a page per worker (reader.ts): what one test leaves on it must not reach the
// next. The first leaves everything it can; the second, on the same page, finds none of it.
test.describe.configure({ mode: 'serial' });

const article = ENGLISH.article('taliban-iran-pakistan-2022');
let first: unknown;
const heard: string[] = [];

test('a test may leave the page dark, narrow, hovered, stored in, routed, listened to and beside another page', async ({
  page,
  context,
  baseURL,
}) => {
  first = page;
  await page.addInitScript(() => Object.assign(window, { leftBehind: true }));
  await page.route('**/favicon.svg', (route) => route.abort());
  page.on('console', (message) => heard.push(message.text()));
  await context.grantPermissions(['clipboard-read'], { origin: baseURL! });
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce', media: 'print' });
  await page.setViewportSize({ width: 500, height: 500 });
  await page.goto(article);
  await page.evaluate(() => {
    localStorage.setItem('borderlines-theme', 'dark');
    sessionStorage.setItem('left', 'behind');
  });
  await page.locator('h1').hover();
  await context.newPage();
  expect(await page.evaluate(() => document.querySelectorAll(':hover').length)).toBeGreaterThan(0);
});

test('the next test on the same page finds none of it', async ({ page, context, baseURL }, testInfo) => {
  expect(page, 'the two tests ran on one shared page').toBe(first);
  expect(context.pages()).toEqual([page]);
  expect(page.url()).toBe('about:blank');
  await page.goto(article);
  const state = await page.evaluate(() => ({
    leftBehind: 'leftBehind' in window,
    stored: localStorage.length,
    session: sessionStorage.length,
    theme: document.documentElement.dataset.theme ?? null,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    reduced: matchMedia('(prefers-reduced-motion: reduce)').matches,
    print: matchMedia('print').matches,
    hovered: document.querySelectorAll(':hover').length,
    // Every file sent whole, as on a first visit: none checked against the cache the first test
    // filled (the preview asks for that) and answered without its body.
    cached: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.encodedBodySize === 0)
      .map((entry) => entry.name),
  }));
  expect(state).toEqual({
    leftBehind: false,
    stored: 0,
    session: 0,
    theme: null,
    dark: false,
    reduced: false,
    print: false,
    hovered: 0,
    cached: [],
  });
  expect(page.viewportSize()).toEqual(testInfo.project.use.viewport);
  const icon = await page.request.get('/favicon.svg');
  expect(icon.ok()).toBe(true);
  // Asked on a connection of its own, which the server closes: none kept from the test before.
  expect(icon.headers()['connection']).toBe('close');
  expect(await page.evaluate(() => fetch('/favicon.svg').then((response) => response.ok))).toBe(true);
  const permission = await page.evaluate(() =>
    navigator.permissions.query({ name: 'clipboard-read' as PermissionName }).then((status) => status.state),
  );
  expect(permission, `clipboard on ${baseURL}`).not.toBe('granted');
  heard.length = 0;
  await page.evaluate(() => console.log('no listener from the test before hears this'));
  expect(heard).toEqual([]);
});

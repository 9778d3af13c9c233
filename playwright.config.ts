import { spawnSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/ensure-chromium.mjs';
import { FIXTURE_SITES } from './scripts/fixture-site.mjs';

/**
 * A port no one else is using, asked of the system once (E2E_PORT chooses one instead). The run
 * starts its own preview of the fresh build there and never tests a server it did not start, such
 * as a preview someone left on 4321. The workers load this file again: they read the port the
 * runner put in E2E_PORT.
 */
function freePort(taken?: number): number {
  const probe =
    "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });";
  const port = Number(spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(port) || port <= 0) throw new Error('No free port for the preview server: set E2E_PORT.');
  return port === taken ? freePort(taken) : port;
}
process.env.E2E_PORT ||= String(freePort());
const PORT = Number(process.env.E2E_PORT);
// The fixture sites (tests/fixtures/sites/): the Nordic, Baltic and Caucasus analyses as one site,
// built and served beside the site's own.
process.env.E2E_FIXTURE_PORT ||= String(freePort(PORT));
const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT);
// The editor's studio, serving a copy of the site's content (scripts/studio-server.mjs).
process.env.E2E_STUDIO_PORT ||= String(freePort(FIXTURE_PORT));
const STUDIO_PORT = Number(process.env.E2E_STUDIO_PORT);

/** Debian's Chromium, headless, with everything that would phone home switched off. */
const chromium = findChromium();
const launchOptions = { ...(chromium ? { executablePath: chromium } : {}), args: CHROMIUM_FLAGS };

/**
 * Tests that run inside the page (axe) cannot run with JavaScript switched off, nor can those of
 * what the page's script does (editions: the language switch keeping the reader's place; search).
 */
const NEEDS_JAVASCRIPT =
  /(a11y|sync|steps|reading-comfort|csp|map-reach|map-layout|map-popover|editions|search|embed|offline|listening|intent)\.spec\.ts$/;
/** The editor's studio: its own project, on its own server. */
const STUDIO = /studio\.spec\.ts$/;
/** What a reader without JavaScript gets instead. */
const WITHOUT_JAVASCRIPT = /no-js\.spec\.ts$/;
/** Measured once, on the desktop: what a first visit fetches, and how a card decodes. */
const DESKTOP_ONLY = /(budget|card|embed|offline)\.spec\.ts$/;
/**
 * On a phone, only what a phone changes: the docked map and its buttons, taps, type sizes, the
 * panels on a narrow screen, and landing on a shared passage. Such tests are tagged `@phone`; the
 * rest reads the same markup and runs on the desktop. A test of what only a phone has (the docked
 * map's buttons, taps on a touch screen) is tagged `@phone-only` and runs on the phone alone.
 */
const PHONE = /@phone/;
const PHONE_ONLY = /@phone-only/;
/**
 * Without script, what a reader without it does: land on a shared link, follow the map's links and
 * the keyboard's path, read the whole text. Such tests are tagged `@no-js`. The rest reads markup
 * the build writes whatever runs after it, and the published-file tests read that markup itself.
 */
const NO_JS = /@no-js/;
const PHONE_NO_JS = /(?=.*@phone)(?=.*@no-js)/;

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions };
const phone = { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-GB',
    timezoneId: 'UTC',
    trace: 'off',
    // Each article's page asks a service worker to keep it for reading offline, once it has loaded:
    // a worker started, and every file fetched again into its cache, in every test that opens an
    // article. Only the tests of reading offline and of a first visit's bytes need that, and they
    // allow it (offline.spec.ts, budget.spec.ts); elsewhere the page is read as on a first visit
    // before the worker is ready.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...desktop }, testIgnore: [WITHOUT_JAVASCRIPT, STUDIO], grepInvert: PHONE_ONLY },
    {
      name: 'studio',
      use: { ...desktop, viewport: { width: 1440, height: 900 }, baseURL: `http://127.0.0.1:${STUDIO_PORT}` },
      testMatch: STUDIO,
    },
    {
      name: 'desktop-no-js',
      use: { ...desktop, javaScriptEnabled: false },
      testIgnore: [NEEDS_JAVASCRIPT, DESKTOP_ONLY, STUDIO],
      grep: NO_JS,
      grepInvert: PHONE_ONLY,
    },
    { name: 'phone', use: { ...phone }, testIgnore: [DESKTOP_ONLY, WITHOUT_JAVASCRIPT, STUDIO], grep: PHONE },
    {
      name: 'phone-no-js',
      use: { ...phone, javaScriptEnabled: false },
      testIgnore: [NEEDS_JAVASCRIPT, DESKTOP_ONLY, STUDIO],
      grep: PHONE_NO_JS,
    },
  ],
  webServer: [
    {
      command: `astro preview --port ${PORT} --host 127.0.0.1`,
      env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
      url: `http://127.0.0.1:${PORT}/`,
      // A server already on the port is someone else's: fail rather than test it.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/preview-fixture.mjs ${FIXTURE_SITES} ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/analyses/nordic-fixture/`,
      reuseExistingServer: false,
      // It builds the fixture first, unless the build tests just did: a minute on a busy machine.
      timeout: 180_000,
    },
    {
      command: `node scripts/studio-server.mjs ${STUDIO_PORT}`,
      url: `http://127.0.0.1:${STUDIO_PORT}/studio/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});

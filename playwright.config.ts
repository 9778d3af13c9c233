import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/ensure-chromium.mjs';

const PORT = 4321;

/** Debian's Chromium, headless, with everything that would phone home switched off. */
const chromium = findChromium();
const launchOptions = { ...(chromium ? { executablePath: chromium } : {}), args: CHROMIUM_FLAGS };

/** Tests that run inside the page (axe) cannot run with JavaScript switched off. */
const NEEDS_JAVASCRIPT = /(a11y|sync|reading-comfort|csp)\.spec\.ts$/;
/** What a reader without JavaScript gets instead. */
const WITHOUT_JAVASCRIPT = /no-js\.spec\.ts$/;
/** Tests of the built files, not of a page: one project runs them. */
const FILES_ONLY = /(budget|publishing|validity)\.spec\.ts$/;

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
  },
  projects: [
    { name: 'desktop', use: { ...desktop }, testIgnore: WITHOUT_JAVASCRIPT },
    {
      name: 'desktop-no-js',
      use: { ...desktop, javaScriptEnabled: false },
      testIgnore: [NEEDS_JAVASCRIPT, FILES_ONLY],
    },
    { name: 'phone', use: { ...phone }, testIgnore: [FILES_ONLY, WITHOUT_JAVASCRIPT] },
    { name: 'phone-no-js', use: { ...phone, javaScriptEnabled: false }, testIgnore: [NEEDS_JAVASCRIPT, FILES_ONLY] },
  ],
  webServer: {
    command: `npm run preview`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

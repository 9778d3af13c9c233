// Screenshots of the built site at desktop and phone sizes, with and without JavaScript, for
// looking at what a change did: with JavaScript, as the page loads and once the reader has reached
// for its map. Serve the build first (npm run preview), then:
//   node scripts/screenshots.mjs [path …]   → screenshots/<name>.png
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './ensure-chromium.mjs';
import { reachForTheMap } from './bench/reach-for-map.mjs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const paths = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ['/', '/analyses/taliban-iran-pakistan-2022/'];

mkdirSync('screenshots', { recursive: true });
const executablePath = findChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_FLAGS,
});
for (const target of targets) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const javaScriptEnabled of [true, false]) {
      const page = await browser.newPage({
        viewport,
        javaScriptEnabled,
        isMobile: size === 'phone',
        hasTouch: size === 'phone',
      });
      await page.goto(BASE + target, { waitUntil: 'networkidle' });
      const name = `${target.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index'}-${size}${javaScriptEnabled ? '' : '-nojs'}`;
      await page.screenshot({ path: `screenshots/${name}.png` });
      console.log(`screenshots/${name}.png`);
      if (javaScriptEnabled && (await page.locator('astro-island').count()) > 0) {
        await reachForTheMap(page);
        await page.waitForTimeout(500); // let the island settle
        await page.screenshot({ path: `screenshots/${name}-awake.png` });
        console.log(`screenshots/${name}-awake.png`);
      }
      await page.close();
    }
  }
}
await browser.close();

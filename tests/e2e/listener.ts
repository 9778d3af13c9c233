import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';

// A listener: @guidepup/virtual-screen-reader, run in the page over the browser's own DOM, says
// what a screen reader would as it moves through the page, and what the page's live regions say.
// Its browser build is served to the page from this machine under the page's own origin, so the
// page's policy lets it in and no request leaves the machine.

const require = createRequire(import.meta.url);
const BUNDLE = readFileSync(
  join(dirname(require.resolve('@guidepup/virtual-screen-reader')), '..', 'esm', 'index.browser.js'),
  'utf8',
);
const ADDRESS = '/__listener.js';

interface Virtual {
  start(options: { container: Element }): Promise<void>;
  next(): Promise<void>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
  clearSpokenPhraseLog(): Promise<void>;
  stop(): Promise<void>;
}
type WithListener = typeof window & { listener: Virtual };

/** Starts listening at the top of the page, as a reader who has just arrived. */
export async function listen(page: Page) {
  await page.route(`**${ADDRESS}`, (route) => route.fulfill({ body: BUNDLE, contentType: 'text/javascript' }));
  await page.evaluate(async (address) => {
    const { virtual } = (await import(address)) as { virtual: Virtual };
    (window as WithListener).listener = virtual;
    await virtual.start({ container: document.body });
  }, ADDRESS);
  return {
    /** Moves on phrase by phrase until one begins with `text`, at most `limit` moves; returns how many it took, or -1. */
    async nextUntil(text: string, limit: number): Promise<number> {
      return page.evaluate(
        async ([start, most]) => {
          const { listener } = window as WithListener;
          for (let steps = 1; steps <= most; steps++) {
            await listener.next();
            if ((await listener.lastSpokenPhrase()).startsWith(start)) return steps;
          }
          return -1;
        },
        [text, limit] as const,
      );
    },
    /** Everything said so far, moves and live regions, in order. */
    log: () => page.evaluate(() => (window as WithListener).listener.spokenPhraseLog()),
    stop: () => page.evaluate(() => (window as WithListener).listener.stop()),
  };
}

/**
 * The role and name Chromium's own accessibility tree gives the element `selector` finds, which is
 * what a screen reader on this browser is handed (the simulated listener computes its own).
 */
export async function chromiumSays(page: Page, selector: string): Promise<{ role: string; name: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0]!;
    return { role: String(node.role?.value ?? ''), name: String(node.name?.value ?? '') };
  } finally {
    await cdp.detach();
  }
}

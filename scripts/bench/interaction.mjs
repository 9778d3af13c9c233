// From activating a map link to its passage being highlighted and focused (or, for a place with
// several events, to the list of them being open with focus on the first), with reduced motion.
// Timed inside the page with performance.now(); the state is watched with observers, so the
// figure is not rounded up to a frame. "Painted" adds the wait for the next frame.

/**
 * @param {import('@playwright/test').Page} page  with the article loaded and hydrated
 * @returns {Promise<{ id: string, grouped: boolean, state: number, painted: number }[]>}
 */
export async function timeMapLinks(page) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const ids = await page.$$eval('figure[data-map] svg a[id^="map-"]', (links) => links.map((link) => link.id));
  const timings = [];
  for (const id of ids) {
    // Start from the top of the article, with nothing highlighted and nothing open.
    await page.evaluate(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      window.location.hash = '#opening';
    });
    await page.waitForFunction(() => !document.querySelector('.passage.is-current, [role="dialog"]'));
    timings.push(await page.evaluate(timeOne, id));
  }
  return timings;
}

/** Runs in the page: clicks the link and resolves when the reader sees the result. */
function timeOne(/** @type {string} */ id) {
  const link = /** @type {SVGAElement} */ (document.getElementById(id));
  const grouped = link.hasAttribute('data-events');
  const target = document.getElementById((link.getAttribute('href') ?? '#').slice(1));
  const passage = target?.closest('.passage') ?? target;
  const done = () => {
    if (grouped) return document.activeElement?.closest('[role="dialog"]') != null;
    return passage?.classList.contains('is-current') === true && document.activeElement === passage;
  };
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(check);
    const timeout = window.setTimeout(() => reject(new Error(`${id}: nothing happened in 5 s`)), 5000);
    let start = 0;
    function check() {
      if (!done()) return;
      const state = performance.now() - start;
      observer.disconnect();
      document.removeEventListener('focusin', check);
      window.clearTimeout(timeout);
      requestAnimationFrame(() => resolve({ id, grouped, state, painted: performance.now() - start }));
    }
    observer.observe(document.body, { attributes: true, childList: true, subtree: true });
    document.addEventListener('focusin', check);
    start = performance.now();
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
  });
}

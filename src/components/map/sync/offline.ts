import { CACHE_PREFIX, SAVE_MESSAGE, SERVICE_WORKER_PATH } from '../../../lib/offline/messages';

// Keeping the analysis for reading offline: after the page has loaded, never before, the service
// worker is asked to keep this page and every file it loaded. A reader who said not to keep
// analyses (the control at the article's end) is asked nothing.

const CHOICE = 'borderlines-offline';

/** Reads or writes the reader's choice; without storage it is not remembered, and analyses are kept. */
const choice = (value?: 'off' | null) => {
  try {
    if (value === undefined) return localStorage.getItem(CHOICE);
    if (value) localStorage.setItem(CHOICE, value);
    else localStorage.removeItem(CHOICE);
  } catch {
    // Storage refused (a private window, say): nothing to remember the choice in.
  }
  return value;
};

/** Asks the worker to keep this page and the files it loaded; resolves to whether it will. */
export async function keepThisPage(): Promise<boolean> {
  if (!('serviceWorker' in navigator) || choice() === 'off') return false;
  try {
    await navigator.serviceWorker.register(SERVICE_WORKER_PATH);
    const files = performance.getEntriesByType('resource').map((entry) => entry.name);
    (await navigator.serviceWorker.ready).active?.postMessage({ type: SAVE_MESSAGE, page: location.pathname, files });
    return true;
  } catch {
    return false;
  }
}

/** Removes every kept analysis (the page may empty the site's caches itself), stops the worker, and remembers not to keep any. */
export async function forgetKept() {
  choice('off');
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
  await (await navigator.serviceWorker.getRegistration())?.unregister();
}

/** Keeps analyses again, from this page on. */
export function keepAgain() {
  choice(null);
  return keepThisPage();
}

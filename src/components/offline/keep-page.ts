import { FORGET_MESSAGE, SAVE_MESSAGE, SERVICE_WORKER_PATH } from '../../lib/offline/messages';

// Keeping the analysis for reading offline: after the page has loaded, never before, the service
// worker is asked to keep this page and every file it loads. A reader who said not to keep
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

/** The worker's registration, and what watches for the files the page loads to have it keep each. */
let registration: ServiceWorkerRegistration | undefined;
let watching: PerformanceObserver | undefined;

/**
 * Asks the worker to keep this page and every file it loads: those loaded so far and each one
 * after (the map's island wakes when the reader reaches for the map). The worker copies them from
 * the browser's cache, so keeping them downloads nothing again. Resolves to whether it will (never
 * where there are no service workers: the page's script asks only where there are).
 */
export async function keepThisPage(): Promise<boolean> {
  if (choice() === 'off') return false;
  try {
    registration = await navigator.serviceWorker.register(SERVICE_WORKER_PATH);
    const worker = (await navigator.serviceWorker.ready).active!;
    watching = new PerformanceObserver((list) =>
      worker.postMessage({
        type: SAVE_MESSAGE,
        page: location.pathname + location.search,
        files: list.getEntries().map((entry) => entry.name),
      }),
    );
    watching.observe({ type: 'resource', buffered: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes every kept analysis, stops the worker this page registered, and remembers not to keep
 * any. The worker removes them once it has kept what it was still keeping, which would otherwise
 * come back after; a worker that has not answered within seconds is stopped all the same.
 */
export async function forgetKept() {
  watching?.disconnect();
  choice('off');
  // Only a page kept offers this, so its worker is active.
  await new Promise((done) => {
    const answer = new MessageChannel();
    answer.port1.onmessage = done;
    setTimeout(done, 3000);
    registration?.active?.postMessage({ type: FORGET_MESSAGE }, [answer.port2]);
  });
  await registration?.unregister();
}

/** Keeps analyses again, from this page on. */
export function keepAgain() {
  choice(null);
  return keepThisPage();
}

import { createHash } from 'node:crypto';
import { CACHE_PREFIX, FORGET_MESSAGE, SAVE_MESSAGE } from './messages';

/** What the worker is built with: which pages it keeps, and the note it shows on a page read offline. */
export interface WorkerSettings {
  /** Changes with the worker's code: a new worker clears what the old one kept. */
  version: string;
  /** The analysis pages (`/analyses/<slug>/`, in every edition), as a regular expression's source. */
  pages: string;
  /** Folders of files a page loads that never change under the same name, or change with the build. */
  assets: string[];
  /** By edition prefix ("" for the English, "/fa"): the note's HTML, already escaped. */
  notes: Record<string, string>;
  messages: { save: string; forget: string };
  /** The start of its caches' names. */
  prefix: string;
}

/**
 * The service worker, sent as its own text (/sw.js). It keeps the analysis pages a reader opened,
 * and the files they loaded, and nothing else: not the rest of the site, not share pages, cards or
 * search. An analysis is always fetched from the network first, so a correction reaches every
 * reader who is online, and the copy is kept up to date; only without a network is the copy
 * served, with a quiet note at the top. The files a page loads are named by their content, or
 * fixed for the build, and are served from the copy once kept.
 */
function offlineWorker(settings: WorkerSettings) {
  // The worker's global, as far as this code uses it (the project's types are the page's, not a worker's).
  interface WorkerEvent {
    request: Request;
    clientId?: string;
    data?: { type?: string; page?: unknown; files?: unknown };
    ports?: readonly MessagePort[];
    waitUntil: (work: Promise<unknown>) => void;
    respondWith: (response: Promise<Response>) => void;
  }
  const worker = self as unknown as {
    addEventListener: (type: string, listener: (event: WorkerEvent) => void) => void;
    skipWaiting: () => Promise<void>;
    clients: { claim: () => Promise<void>; get: (id: string) => Promise<{ url: string } | undefined> };
    location: Location;
  };
  const PAGES = `${settings.prefix}pages-${settings.version}`;
  const FILES = `${settings.prefix}files-${settings.version}`;
  const page = new RegExp(settings.pages);
  const isFile = (url: URL) => settings.assets.some((folder) => url.pathname.startsWith(folder));
  // A page's filters (?entity=) and place (#) do not make another copy.
  const pageKey = (url: URL) => `${url.origin}${url.pathname}`;

  // The page and its files are copied from the browser's own cache, where the reader's visit has
  // just put them (`force-cache`): the page as the reader was shown it, at the address it was
  // loaded from, its filters included; and the files, named by their content or fixed for the
  // build. Only what the browser has not kept is downloaded.
  async function save(path: string, files: string[]) {
    const url = new URL(path, worker.location.origin);
    if (!page.test(url.pathname)) return;
    // A page already kept was brought up to date as it was fetched (networkFirst): once is enough.
    const pages = await caches.open(PAGES);
    if (!(await pages.match(pageKey(url)))) {
      const response = await fetch(url, { cache: 'force-cache' });
      if (response.ok) await pages.put(pageKey(url), response);
    }
    const kept = await caches.open(FILES);
    for (const file of files) {
      const fileUrl = new URL(file, worker.location.origin);
      if (fileUrl.origin !== worker.location.origin || !isFile(fileUrl)) continue;
      await passing.get(fileUrl.href);
      if (await kept.match(fileUrl, { ignoreVary: true })) continue;
      const fetched = await fetch(fileUrl, { cache: 'force-cache' });
      if (fetched.ok) await kept.put(fileUrl, fetched);
    }
  }

  // A file an analysis page asks for once the worker is in charge (the map's script, fetched when
  // the reader reaches for the map) is kept from the answer the page itself receives.
  // Once the reader has asked to keep nothing, nothing more is kept.
  const passing = new Map<string, Promise<void>>();
  let forgotten = false;
  async function answerFile(event: WorkerEvent, url: URL): Promise<Response> {
    const { request } = event;
    const kept = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
    if (kept) return kept;
    const response = await fetch(request);
    const client = event.clientId ? await worker.clients.get(event.clientId) : undefined;
    if (response.ok && !forgotten && client && page.test(new URL(client.url).pathname)) {
      const answer = response.clone();
      const copy = caches
        .open(FILES)
        .then((files) => (forgotten ? undefined : files.put(url, answer)))
        .finally(() => passing.delete(url.href));
      passing.set(url.href, copy);
      event.waitUntil(copy);
    }
    return response;
  }

  /** Removes the worker's caches, all of them or all but those `keep` names. */
  async function removeCaches(keep: (name: string) => boolean = () => false) {
    for (const name of await caches.keys())
      if (name.startsWith(settings.prefix) && !keep(name)) await caches.delete(name);
  }

  // What pages ask is done in the order they asked: removing what is kept waits until every page
  // and file asked for before is kept, so that none of them comes back after.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = (task: () => Promise<unknown>) => (queue = queue.then(task, task));

  /** The kept copy, with the note that it is one, after the page's masthead. */
  async function offlineCopy(url: URL): Promise<Response | undefined> {
    // Matched by the cache's name, which (unlike opening it) does not make an empty one.
    const kept = await caches.match(pageKey(url), { cacheName: PAGES });
    if (!kept) return undefined;
    const prefix = Object.keys(settings.notes)
      .filter((p) => p && url.pathname.startsWith(`${p}/`))
      .concat('')[0]!;
    const html = (await kept.text()).replace(/(<main\b[^>]*>)/, `$1${settings.notes[prefix]}`);
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  }

  async function networkFirst(request: Request, url: URL): Promise<Response> {
    try {
      const response = await fetch(request);
      // Only a page already kept is brought up to date: the page itself asks to be kept (save).
      if (response.ok && (await caches.match(pageKey(url), { cacheName: PAGES })))
        await (await caches.open(PAGES)).put(pageKey(url), response.clone());
      return response;
    } catch (error) {
      const copy = await offlineCopy(url);
      if (copy) return copy;
      throw error;
    }
  }

  worker.addEventListener('install', () => void worker.skipWaiting());
  worker.addEventListener('activate', (event) =>
    event.waitUntil(
      (async () => {
        await removeCaches((name) => name === PAGES || name === FILES);
        await worker.clients.claim();
      })(),
    ),
  );
  worker.addEventListener('message', (event) => {
    const { type, page: path, files } = event.data ?? {};
    if (type === settings.messages.save) {
      forgotten = false;
      event.waitUntil(inTurn(() => save(String(path), Array.isArray(files) ? files : [])));
    }
    // Answered on the port the message carries, once all is removed, copies on their way included.
    if (type === settings.messages.forget) {
      forgotten = true;
      event.waitUntil(
        inTurn(async () => {
          await Promise.all(passing.values());
          await removeCaches();
        }).then(() => event.ports?.[0]?.postMessage(type)),
      );
    }
  });
  worker.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
    if (request.mode === 'navigate' && page.test(url.pathname)) event.respondWith(networkFirst(request, url));
    // A module script is asked for with an Origin header that the kept response's Vary may name.
    else if (isFile(url)) event.respondWith(answerFile(event, url));
  });
}

/** The worker's text, as /sw.js serves it. */
export function serviceWorkerScript(settings: Omit<WorkerSettings, 'version' | 'messages' | 'prefix'>): string {
  const messages = { save: SAVE_MESSAGE, forget: FORGET_MESSAGE };
  const code = offlineWorker.toString();
  const version = createHash('sha256').update(code).digest('hex').slice(0, 12);
  return `// Borderlines: keeps the analyses a reader opened, to read again offline.\n(${code})(${JSON.stringify({ ...settings, version, messages, prefix: CACHE_PREFIX })});\n`;
}

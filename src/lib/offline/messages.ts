// What an analysis page and the service worker (/sw.js) say to each other.

/** The page asks the worker to keep it, and the files it loaded, for reading offline. */
export const SAVE_MESSAGE = 'borderlines:save';

/** The worker's address: at the root, so that it may answer for every edition's pages. */
export const SERVICE_WORKER_PATH = '/sw.js';

/** What the worker's caches are called start so: a page may remove them without asking it. */
export const CACHE_PREFIX = 'borderlines-';

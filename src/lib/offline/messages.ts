// What an analysis page and the service worker (/sw.js) say to each other.

/** The page asks the worker to keep it, and the files it loaded, for reading offline. */
export const SAVE_MESSAGE = 'borderlines:save';

/**
 * The page asks the worker to remove everything kept, once it has finished keeping what it was
 * asked to before; the worker answers on the port the message carries.
 */
export const FORGET_MESSAGE = 'borderlines:forget';

/** The worker's address: at the root, so that it may answer for every edition's pages. */
export const SERVICE_WORKER_PATH = '/sw.js';

/** What the worker's caches are called start so: it removes only its own. */
export const CACHE_PREFIX = 'borderlines-';

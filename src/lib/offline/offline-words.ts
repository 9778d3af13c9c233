import type { Words } from '../i18n/words/en';

/**
 * What the site says about reading offline, in an edition: the note on a page read from the copy
 * kept on the device (written by the service worker), and the line at an analysis's end that says
 * whether it is kept, with the control to change that (its words travel in that line's
 * attributes). Each edition's words file holds them (`offline`), beside the rest of what it says.
 */
export type OfflineWords = Words['offline'];

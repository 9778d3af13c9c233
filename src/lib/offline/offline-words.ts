import type { Words } from '../i18n/words/en';

/**
 * What the site says about reading offline, in an edition: each edition's words file holds them
 * (`offline`), beside the rest of what it says.
 */
export type OfflineWords = Words['offline'];

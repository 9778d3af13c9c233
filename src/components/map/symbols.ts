import type { EventKind } from '../../schemas/event';

/**
 * One shape per kind of event, centred on the origin and about 14 units across, so that
 * kinds differ by shape as well as by colour.
 */
export const KIND_SYMBOLS: Record<EventKind, string> = {
  diplomacy: 'M6,0A6,6 0 1 1-6,0A6,6 0 1 1 6,0Z',
  clash: 'M0,-7.5L7,5L-7,5Z',
  humanitarian: 'M-2.2,-6.5h4.4v4.3h4.3v4.4h-4.3v4.3h-4.4v-4.3h-4.3v-4.4h4.3Z',
  economy: 'M-5.5,-5.5h11v11h-11Z',
  security: 'M0,-7.5L7.5,0L0,7.5L-7.5,0Z',
  history: 'M0,-7.5L2,-2.4L7.1,-2.3L3.1,1L4.4,6.1L0,3.2L-4.4,6.1L-3.1,1L-7.1,-2.3L-2,-2.4Z',
  // A girder's section: built works such as dams, ports, fences and pipelines.
  infrastructure: 'M-6.5,-6.5h13v3.5h-4.5v6h4.5v3.5h-13v-3.5h4.5v-6h-4.5Z',
};

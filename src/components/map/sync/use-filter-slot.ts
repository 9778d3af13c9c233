import { MAP_BESIDE_TEXT } from '../../../lib/sync/layout';
import { useSlot } from './use-slot';

const filterSlot = (besideText: boolean) => (besideText ? 'map-filters-slot' : 'timeline-filters-slot');

/**
 * Where the filters go: beside the text they sit above the map; on a phone they join the
 * timeline, below the text, so that nothing the script adds pushes the article down as it loads.
 */
export const useFilterSlot = () => useSlot(filterSlot, MAP_BESIDE_TEXT);

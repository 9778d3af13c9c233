import { createContext, type ReactNode } from 'react';
import type { TextAnchor } from '../../lib/geo/labels';

/** Where a run of the map's words sits: the point it hangs from and how, its size, and the classes that style it. */
export interface WordsAt {
  x: number;
  anchor: TextAnchor;
  fontSize: number;
  className: string;
}

/**
 * How the map sets a run of its words inside a `<text>` or `<tspan>`. On the page they are set
 * as they are and the browser lays them out; a right-to-left edition's share card, drawn by
 * resvg, sets them in pieces of its own (components/share/CardMap.tsx).
 */
export const MapWords = createContext<(words: string, at: WordsAt) => ReactNode>((words) => words);

import type { CalloutModel } from '../geo/map-types';
import type { Box } from '../geo/labels';
import type { WaterModel } from '../geo/water-select';
import type { FrameParameters } from './frame-parameters';

/** What the studio's place field draws: the analysis's map as the site fits and draws it. */
export interface FieldMap {
  slug: string;
  /** The frame, in map units, and the numbers that set its projection again in the browser. */
  frame: FrameParameters;
  /** Every country in the frame, neighbours first, as the site's map draws them. */
  countries: { code?: string; name?: string; d: string; inRegion: boolean }[];
  /** The region's rivers and lakes as the site's map draws them, unnamed. */
  water: WaterModel;
  /** The borders the analysis discusses, each along its whole line. */
  borders: { id: string; name: string; d: string }[];
  capitals: { name: string; x: number; y: number }[];
  /** The capital distances to off-map places are measured from (the first one). */
  origin: string;
}

/** The country a point falls in, by the project's own lookup, and its name as the map gives it. */
export interface SuggestedCountry {
  code: string;
  name: string;
  /** Whether the country's stand-in point lies inside the frame (else it becomes a callout). */
  inFrame: boolean;
}

/** The arrow at the frame's edge that a place beyond it becomes, placed as the site places it. */
export type CalloutPreview = Pick<CalloutModel, 'x' | 'y' | 'angle' | 'edge' | 'label' | 'distance'> & { box: Box };

/** What a place will look like on the analysis's map. */
export interface PlacePreview {
  /** The point drawn: the place's own, or a whole country's stand-in point. */
  coordinates: [number, number];
  inFrame: boolean;
  /** The projected point, in map units (beyond the frame when `inFrame` is false). */
  x: number;
  y: number;
  /** The country under the point, if any (none at sea). */
  country?: SuggestedCountry;
  /** Set exactly when the place lies beyond the frame. */
  callout?: CalloutPreview;
}

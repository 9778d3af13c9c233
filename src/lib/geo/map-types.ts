/** The shape of a built map: what the renderer, the page script and the cards consume. */
import type { EventKind } from '../../schemas/event';
import type { Lang } from '../i18n/lang';
import type { Border } from '../../schemas/map';
import type { MapConfig } from '../../schemas/map';
import type { LinkedEvent } from '../content/link-events';
import type { WorldTopology } from './atlas';
import type { CountryNames } from './country-names';
import type { Frame } from './frame';
import type { InsetModel } from './inset';
import type { Box, PlacedLabel } from './labels';
import type { PlaceGroup } from './markers';
import type { PlacedScaleBar } from './scale-bar';
import type { WaterTopology } from './water';
import type { WaterNames } from './water-names';
import type { WaterModel } from './water-select';

export interface CountryShape {
  /** ISO alpha-3, where Natural Earth's shape has one. */
  code?: string;
  /** Its name on the map, under the naming policy (country-names.ts); none where it is left unnamed. */
  name?: string;
  /** The entity id an analysis gives the country: its English name in lower case ("iran"), in every edition. */
  entity?: string;
  d: string;
  inRegion: boolean;
}

/** What every link on the map carries, for the page's script and the tab order. */
export interface MapLinkBase {
  /** Element id of the link, a fragment target of its own (e.g. "map-marker-kabul"). */
  anchor: string;
  href: string;
  events: string[];
  /** Entities of its events, for scroll sync and filters. */
  entities: string[];
  /** Position in reading order: the first passage it links to. */
  order: number;
  /** The number printed beside the link and its passages (1, 2, …), in reading order. */
  number: number;
}

export interface BorderModel extends Border, MapLinkBase {
  /** The whole line, which takes the pointer and is highlighted. */
  d: string;
  /** The line as drawn: stopping short of every symbol and callout that sits on it. */
  line: string;
  /** The middle of the line's bounding box, where a share card centres its view of it. */
  centre: { x: number; y: number };
  events: string[];
  accessibleName: string;
}

/** What a marker and an off-map callout both carry: a place and the link to its events. */
export interface PlaceLinkModel extends MapLinkBase {
  key: string;
  /** The event's kind, or "group" for a place with several events. */
  kind: EventKind | 'group';
  approximate: boolean;
  /** The point stands for a whole country the reporting names without a place in it. */
  country: boolean;
  /** Every event here is reported, rumoured or otherwise unconfirmed. */
  hedged: boolean;
  accessibleName: string;
  /** How many events a marker gathering a whole country's places stands for; their ids are not listed. */
  count?: number;
}

export interface MarkerModel extends PlaceLinkModel {
  /** Where the symbol is drawn: on its place, unless close neighbours made room (see `leader`). */
  x: number;
  y: number;
  /** Where the place is, when its symbol was moved off it to keep clear of a neighbour: a line leads there. */
  leader?: { x: number; y: number };
  /** The area that takes a pointer, as path data relative to the symbol's centre. */
  hit: string;
}

export interface CalloutModel extends PlaceLinkModel {
  /** Tip of the arrow, at the frame's edge. */
  x: number;
  y: number;
  /** Direction of the place as the map shows it, in degrees (0 = east, 90 = south). */
  angle: number;
  edge: 'top' | 'right' | 'bottom' | 'left';
  label: string;
  /** "2,950 km NW"; for a whole country only its direction, "NW". */
  distance: string;
  /** The box that takes a pointer: the drawn box, grown for a finger where there is room. */
  hit: Box;
}

/** A marker as placed, before its hit area is known (which depends on every other). */
export type PlacedMarker = Omit<MarkerModel, 'hit'>;

/** A callout as placed, before its hit box is known. */
export type PlacedCallout = Omit<CalloutModel, 'hit'>;

export interface PlaceListEntry {
  /** Element id of the entry in the list of places, the target of a grouped marker. */
  anchor: string;
  name: string;
  /** Each event with its date and, in words, its hedges and who says so ("" if neither). */
  events: { id: string; title: string; date: string; hedge: string; href: string }[];
}

export interface MapModel {
  slug: string;
  width: number;
  height: number;
  countries: CountryShape[];
  /** The rivers and lakes drawn under the borders, each kind one path (water-select.ts). */
  water: WaterModel;
  borders: BorderModel[];
  markers: MarkerModel[];
  callouts: CalloutModel[];
  capitals: { name: string; x: number; y: number }[];
  /** Every name placed: countries, capitals and places, then the rivers and lakes where room was left. */
  labels: PlacedLabel[];
  /** Where a border may take a pointer: the frame less the markers' and callouts' hit areas (even-odd). */
  borderHitClip: string;
  /**
   * The region's names set for the whole map on a share card, where the page's labels would be
   * too small to read: only those that fit.
   */
  cardLabels: PlacedLabel[];
  /** Labels that found no free spot and were left out (their names stay in the links). */
  unplacedLabels: string[];
  inset: InsetModel;
  scaleBar: PlacedScaleBar;
  places: PlaceListEntry[];
  /** Distances to off-map places are measured from here. */
  origin: string;
  /** The locales the map writes its numbers with, best first (marker numbers, the scale bar). */
  numberLocales: string[];
}

export interface MapInput {
  slug: string;
  /** The edition the map speaks: its names, words and digits. */
  lang: Lang;
  /**
   * The edition's own names of countries, by ISO alpha-3: the words its text uses (the glossary's),
   * which name a country before CLDR's name does. Empty for the original.
   */
  countryNames: CountryNames;
  /** The countries the map is about (ISO alpha-3), drawn as the region. */
  region: string[];
  /** Capitals and borders; a border may say where it leads, on a map spanning analyses. */
  map: { capitals: MapConfig['capitals']; borders: (Border & { href?: string })[] };
  /** In date order. */
  events: LinkedEvent[];
  /** Passage ids in reading order; markers and borders follow it in the tab order. */
  readingOrder: string[];
  countries: WorldTopology;
  land: WorldTopology;
  /** Natural Earth's rivers and lakes (data/geo/water.json). */
  water: WaterTopology;
  /** How the edition names them: its own words, and whether it falls back on Natural Earth's (water-names.ts). */
  waterNames: WaterNames;
  /** The frame fitted to the region. */
  frame: Frame;
  /** The text size, in map units, that reads at a share card's size when the whole map is on it. */
  cardTextSize?: number;
  /** Merges places before they are drawn: the atlas gathers a crowded country's places into one marker. */
  gather?: (groups: PlaceGroup<LinkedEvent>[], frame: Frame) => PlaceGroup<LinkedEvent>[];
}

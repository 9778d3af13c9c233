import type { FeatureCollection } from 'geojson';
import { editionCountryNames, editionWaterNames } from '../load/glossary';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import type { LinkedEvent } from '../content/link-events';
import type { SiteBorder } from '../actors/site-actors';
import type { SiteEvent } from '../actors/mentions';
import type { Lang } from '../i18n/lang';
import type { Capital } from '../../schemas/map';
import { worldAtlas } from '../geo/atlas';
import { DEFAULT_FRAME, fitFrame, type Frame, type FrameOptions } from '../geo/frame';
import { INSET_RADIUS, isUnderInset } from '../geo/inset';
import { locateEvent } from '../geo/locate';
import { MARKER_CLEARANCE } from '../geo/symbol-metrics';
import { buildMapModel, type MapInput, type MapModel } from '../geo/map-model';
import { countriesByCode, regionCollection } from '../geo/region';

/** What a map spanning analyses shows: events and borders of several analyses, each linking to its passage. */
export interface CollectionMapInput {
  /** Names the map's elements apart from any other map: "actor-iran", "relation-afghanistan--pakistan", "atlas". */
  key: string;
  lang: Lang;
  /** The analyses the events and borders come from (their regions and capitals are drawn). */
  analyses: LoadedAnalysis[];
  /** In the order the page lists them: the map's numbers and tab order follow it. */
  events: SiteEvent[];
  borders: SiteBorder[];
  /** Countries to draw as the region besides those of the analyses (an actor's own). */
  countries?: string[];
  frame?: FrameOptions;
  /** Merges places before they are drawn (see MapInput). */
  gather?: MapInput['gather'];
}

/** An event made unique across analyses, linking to its own passage. */
const siteEvent = ({ event, slug, href }: SiteEvent): LinkedEvent => ({
  ...event,
  id: `${slug}/${event.id}`,
  passage: `${slug}/${event.passage}`,
  placeKey: event.placeKey ?? event.place?.name,
  href,
});

/**
 * A map of events and borders from several analyses, drawn by the same engine as an analysis's own:
 * the region is every country of the analyses they come from, the capitals are theirs, and every
 * marker and border links to its passage in its analysis. Events at one place, from whatever
 * analysis, share one marker, which leads to its entry in the list of places; a border several
 * analyses draw is drawn once, linking to the first. With nothing to show, there is no map.
 */
export function buildCollectionMap(input: CollectionMapInput): MapModel | undefined {
  const { countries, land, water } = worldAtlas();
  const slugs = new Set([...input.events.map((e) => e.slug), ...input.borders.map((b) => b.slug)]);
  const sources = input.analyses.filter((analysis) => slugs.has(analysis.slug));
  if (sources.length === 0) return undefined;
  const region = [...new Set([...(input.countries ?? []), ...sources.flatMap((a) => a.entry.data.region)])].sort();
  const capitals = new Map<string, Capital>();
  for (const capital of sources.flatMap((a) => a.map.capitals))
    capitals.set(capital.country, capitals.get(capital.country) ?? capital);
  const events = input.events.map(siteEvent);
  const frame = fitClearOfInset(regionCollection(countriesByCode(countries), region), events, input.frame);
  const borders = input.borders.filter((b, i) => input.borders.findIndex((o) => o.border.id === b.border.id) === i);
  return buildMapModel({
    slug: input.key,
    lang: input.lang,
    countryNames: editionCountryNames(input.lang.edition.code),
    region,
    map: {
      capitals: [...capitals.values()],
      borders: borders.map(({ border, slug, href }) => ({
        ...border,
        passage: `${slug}/${border.passage}`,
        href,
      })),
    },
    events,
    readingOrder: [
      ...new Set([...events.map((e) => e.passage), ...borders.map((b) => `${b.slug}/${b.border.passage}`)]),
    ],
    countries,
    land,
    water,
    waterNames: editionWaterNames(input.lang.edition.code),
    frame,
    ...(input.gather ? { gather: input.gather } : {}),
  });
}

/**
 * The frame fitted to the region, with room round it where a place would otherwise sit under the
 * globe in the corner: an analysis's own map is checked by its editor, but a map of many analyses
 * puts whatever falls there under it, out of reach of a pointer.
 */
function fitClearOfInset(
  region: FeatureCollection,
  events: LinkedEvent[],
  options: FrameOptions = DEFAULT_FRAME,
): Frame {
  const byCode = countriesByCode(worldAtlas().countries);
  const points = events.flatMap((event) => {
    const located = locateEvent(event, byCode);
    return located && !located.offMap ? [located.coordinates] : [];
  });
  const clear = (frame: Frame) =>
    points.every((point) => !isUnderInset(frame, frame.projection(point)!, MARKER_CLEARANCE.ring));
  const frame = fitFrame(region, options);
  if (clear(frame)) return frame;
  // Wider margins shrink the region away from every edge, the globe's corner with them.
  const wider = fitFrame(region, { ...options, padding: options.padding + INSET_RADIUS + 2 * MARKER_CLEARANCE.ring });
  return clear(wider) ? wider : frame;
}

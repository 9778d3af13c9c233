import { ANALYSIS_LIST_ANCHOR, actorPath, hrefTo } from '../anchors';
import { siteEvents } from '../actors/mentions';
import { actorName, actorRegistry } from '../actors/registry';
import { siteBorders } from '../actors/site-actors';
import { editionCountryNames } from '../load/glossary';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import { worldAtlas } from '../geo/atlas';
import { buildCollectionMap } from './collection-map';
import { editionCountryName } from '../geo/country-names';
import { gatherCrowdedCountries, type Gathering } from '../geo/gather-places';
import type { MapModel } from '../geo/map-model';
import { countryOfPlace } from '../geo/place-country';
import { countriesByCode } from '../geo/region';
import { HIT } from '../geo/symbol-metrics';
import type { Lang } from '../i18n/lang';

/**
 * The most events a country's places may hold on the atlas and still each have a marker and an
 * entry in the list of places: a list a reader can take in at a glance.
 */
export const ATLAS_MAX_EVENTS = 12;

/**
 * The atlas's rule (see gatherCrowdedCountries): a crowded country is one marker, leading to the
 * page of the actor that is that country, or, where no analysis of the edition names it as an
 * actor and so it has no page, to the list of analyses under the map.
 */
function atlasGathering(analyses: LoadedAnalysis[], lang: Lang): Gathering {
  const countries = countriesByCode(worldAtlas().countries);
  const declared = new Set(analyses.flatMap((analysis) => analysis.entry.data.entities));
  const actorOf = new Map(
    [...actorRegistry().values()]
      .filter((actor) => actor.country && declared.has(actor.id))
      .map((actor) => [actor.country!, actor.id]),
  );
  const { words } = lang;
  const own = editionCountryNames(lang.edition.code);
  return {
    countryOf: (group) => countryOfPlace(group, countries),
    link: (country, events) => {
      const actor = actorOf.get(country);
      const shape = countries.get(country);
      const name = actor
        ? actorName(actor, lang.edition.code)
        : (editionCountryName(String(shape?.properties?.['name'] ?? ''), country, lang.edition.locale, own) ?? country);
      const leads = actor ? words.atlas.toActor(name) : words.atlas.toList;
      return {
        name,
        href: actor ? actorPath(actor, lang.prefix) : hrefTo(ANALYSIS_LIST_ANCHOR),
        accessibleName: words.atlas.gathered(name, lang.number(events), leads),
      };
    },
    spacing: HIT.spacing,
    maxEvents: ATLAS_MAX_EVENTS,
  };
}

/**
 * The home page's map: every analysis's region, its borders and its events with a place, drawn
 * by the same engine as an article's map, each marker leading to its passage, a place with several
 * events to its entry in the list of places, and a crowded country to its page.
 */
export function buildAtlasMap(analyses: LoadedAnalysis[], lang: Lang): MapModel | undefined {
  const gathering = atlasGathering(analyses, lang);
  return buildCollectionMap({
    key: 'atlas',
    lang,
    analyses,
    events: siteEvents(analyses, (event) => event.place !== null),
    borders: siteBorders(analyses, () => true),
    gather: (groups, frame) => gatherCrowdedCountries(groups, frame, gathering),
  });
}

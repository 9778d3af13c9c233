import { actorPath, analysisPath } from '../anchors';
import { actorName } from '../actors/registry';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import { worldAtlas } from '../geo/atlas';
import { countriesByCode } from '../geo/region';
import { regionThumbnail } from '../geo/region-thumbnail';
import type { Lang } from '../i18n/lang';

/** An actor as the home page links it: by its name in the edition, to its page. */
export interface ActorLink {
  id: string;
  name: string;
  href: string;
}

/** One analysis in the home page's list. */
export interface AtlasEntry {
  slug: string;
  href: string;
  title: string;
  dek: string;
  published: Date;
  actors: ActorLink[];
  /** Path data of the region's countries in a thumbnail's box (see regionThumbnail). */
  thumbnail: string;
}

/** An actor of the filter above the list, with what is said when the list shows only its analyses. */
export interface ActorChoice extends ActorLink {
  status: string;
}

const actorLink = (id: string, lang: Lang): ActorLink => ({
  id,
  name: actorName(id, lang.edition.code),
  href: actorPath(id, lang.prefix),
});

/** The edition's analyses as the home page lists them, in the order given (newest first). */
export function atlasEntries(analyses: LoadedAnalysis[], lang: Lang): AtlasEntry[] {
  const countries = countriesByCode(worldAtlas().countries);
  return analyses.map(({ slug, entry }) => ({
    slug,
    href: analysisPath(slug, lang.prefix),
    title: entry.data.title,
    dek: entry.data.dek,
    published: entry.data.published,
    actors: entry.data.entities.map((id) => actorLink(id, lang)),
    thumbnail: regionThumbnail(countries, entry.data.region),
  }));
}

/** Every actor the edition's analyses are about, in the order of their names in its language. */
export function atlasActors(analyses: LoadedAnalysis[], lang: Lang): ActorChoice[] {
  const total = lang.number(analyses.length);
  const ids = [...new Set(analyses.flatMap((analysis) => analysis.entry.data.entities))];
  return ids
    .map((id) => {
      const shown = analyses.filter((analysis) => analysis.entry.data.entities.includes(id)).length;
      const link = actorLink(id, lang);
      return { ...link, status: lang.words.atlas.showing(link.name, lang.number(shown), total) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, lang.edition.locale));
}

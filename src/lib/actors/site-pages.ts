import { actorPath, relationPath } from '../anchors';
import { inFirstSlice } from '../build/slice';
import { cacheKeys } from '../content/cache-keys';
import { loadEditionAnalyses } from '../load/collections';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import { alternatesOf, type Alternate } from '../i18n/alternates';
import { allLangs, langParam, type Lang } from '../i18n/lang';
import { siteActors, siteRelations, type ActorCoverage, type RelationCoverage } from './site-actors';

/** One edition's analyses, and the actors and relations they make pages for. */
export interface EditionCoverage {
  lang: Lang;
  analyses: LoadedAnalysis[];
  actors: ActorCoverage[];
  relations: RelationCoverage[];
}

let coverage: Promise<EditionCoverage[]> | undefined;

/**
 * Every edition's analyses with their actors and relations, the original first: worked out once
 * per build, for every page that spans analyses.
 */
export function editionCoverage(): Promise<EditionCoverage[]> {
  coverage ??= Promise.all(
    allLangs().map(async (lang) => {
      const analyses = await loadEditionAnalyses(lang.edition.code);
      const code = lang.edition.code;
      const relations = siteRelations(analyses, code);
      return { lang, analyses, actors: siteActors(analyses, code, relations), relations };
    }),
  );
  return coverage;
}

/**
 * Static paths of a page per item of each edition, with the same page in every edition that has
 * it: an actor or a relation has a page only where some analysis of the edition tells of it.
 */
async function pagesPerEdition<T>(
  items: (edition: EditionCoverage) => T[],
  idOf: (item: T) => string,
  pathOf: (id: string) => string,
) {
  const editions = await editionCoverage();
  const codesOf = (id: string) =>
    editions.filter((edition) => items(edition).some((item) => idOf(item) === id)).map((e) => e.lang.edition.code);
  return editions.flatMap((edition) =>
    items(edition).map((item) => ({
      params: { lang: langParam(edition.lang), id: idOf(item) },
      props: { edition, item, alternates: alternatesOf(pathOf(idOf(item)), codesOf(idOf(item))) },
      cacheKey: cacheKeys().site,
    })),
  );
}

/** What a page spanning analyses is given: its edition, its actor or relation, and its other editions. */
export interface SitePageProps<T> {
  edition: EditionCoverage;
  item: T;
  alternates: Alternate[];
}

/** A page for each actor of each edition, at `/actors/<id>/`: a page spanning analyses, in the first slice. */
export const actorPagePaths = inFirstSlice(() =>
  pagesPerEdition(
    (edition) => edition.actors,
    (coverage) => coverage.actor.id,
    (id) => actorPath(id),
  ),
);

/** A page for each relation of each edition, at `/relations/<a>--<b>/`: in the first slice. */
export const relationPagePaths = inFirstSlice(() =>
  pagesPerEdition(
    (edition) => edition.relations,
    (coverage) => coverage.id,
    (id) => relationPath(id),
  ),
);

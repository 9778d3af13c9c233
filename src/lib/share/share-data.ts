import { allLangs, langParam } from '../i18n/lang';
import { loadEditionAnalyses } from '../content/collections';
import { shareAnalysis, type SharedAnalysis } from './shared-analysis';

export type { SharedAnalysis } from './shared-analysis';

const cache = new Map<string, Promise<SharedAnalysis[]>>();

/** Every analysis of an edition with its map and share targets, computed once per build for all share routes. */
export function loadSharedAnalyses(code: string): Promise<SharedAnalysis[]> {
  let shared = cache.get(code);
  if (!shared) {
    shared = loadEditionAnalyses(code).then((analyses) => analyses.map(shareAnalysis));
    cache.set(code, shared);
  }
  return shared;
}

/** Static paths for routes with one page or card per section and event, in every edition. */
export async function shareTargetPaths() {
  const paths = await Promise.all(
    allLangs().map(async (lang) =>
      (await loadSharedAnalyses(lang.edition.code)).flatMap((shared) =>
        shared.targets.map((target) => ({
          params: { lang: langParam(lang), slug: shared.analysis.slug, id: target.id },
          props: { shared, target },
        })),
      ),
    ),
  );
  return paths.flat();
}

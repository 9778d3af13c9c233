import { allLangs, langParam } from '../i18n/lang';
import { loadEditionAnalyses, type LoadedAnalysis } from '../content/collections';
import { buildAnalysisMapModel } from '../geo/analysis-map-model';
import type { MapModel } from '../geo/map-model';
import type { CardText } from './card-layout';
import { shareTargets, type ShareTarget } from './targets';

export interface SharedAnalysis {
  analysis: LoadedAnalysis;
  model: MapModel;
  /** What its cards say besides their target. */
  card: CardText;
  targets: ShareTarget[];
}

const cache = new Map<string, Promise<SharedAnalysis[]>>();

/** Every analysis of an edition with its map and share targets, computed once per build for all share routes. */
export function loadSharedAnalyses(code: string): Promise<SharedAnalysis[]> {
  let shared = cache.get(code);
  if (!shared) {
    shared = loadEditionAnalyses(code).then((analyses) =>
      analyses.map((analysis) => {
        const model = buildAnalysisMapModel(analysis);
        const { title, byline, published } = analysis.entry.data;
        const publishedLabel = analysis.lang.day(published);
        return {
          analysis,
          model,
          card: { analysisTitle: title, byline: `${byline} · ${publishedLabel}`, lang: analysis.lang.edition },
          targets: shareTargets(analysis, model, publishedLabel),
        };
      }),
    );
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

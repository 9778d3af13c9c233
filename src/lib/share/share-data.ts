import { loadAnalyses, type LoadedAnalysis } from '../content/collections';
import { formatLongDate } from '../content/dates';
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

let cache: Promise<SharedAnalysis[]> | undefined;

/** Every analysis with its map and share targets, computed once per build for all share routes. */
export function loadSharedAnalyses(): Promise<SharedAnalysis[]> {
  cache ??= loadAnalyses().then((analyses) =>
    analyses.map((analysis) => {
      const model = buildAnalysisMapModel(analysis);
      const { title, byline, published } = analysis.entry.data;
      const publishedLabel = formatLongDate(published);
      return {
        analysis,
        model,
        card: { analysisTitle: title, byline: `${byline} · ${publishedLabel}` },
        targets: shareTargets(analysis, model, publishedLabel),
      };
    }),
  );
  return cache;
}

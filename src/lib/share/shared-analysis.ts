import type { LoadedAnalysis } from '../load/loaded-analysis';
import { buildAnalysisMapModel } from './analysis-map-model';
import type { MapModel } from '../geo/map-model';
import type { CardText } from './card-layout';
import { shareTargets, type ShareTarget } from './targets';

/** An analysis as its share pages and cards use it. */
export interface SharedAnalysis {
  analysis: LoadedAnalysis;
  model: MapModel;
  /** What its cards say besides their target. */
  card: CardText;
  targets: ShareTarget[];
}

/**
 * An analysis in one edition with its map, what its cards say and its share targets. Kept apart
 * from the content collections that load it, so that tests can build an edition's cards too.
 */
export function shareAnalysis(analysis: LoadedAnalysis): SharedAnalysis {
  const model = buildAnalysisMapModel(analysis);
  const { title, byline, published } = analysis.entry.data;
  const publishedLabel = analysis.lang.day(published);
  return {
    analysis,
    model,
    card: {
      kicker: analysis.lang.words.share.kicker,
      analysisTitle: title,
      byline: `${byline}${analysis.lang.words.punctuation.separator}${publishedLabel}`,
      edition: analysis.lang.edition,
    },
    targets: shareTargets(analysis, model, publishedLabel),
  };
}

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import AnalysisMap from '../../components/map/AnalysisMap';
import { loadAnalyses, type LoadedAnalysis } from '../content/collections';
import { formatLongDate } from '../content/dates';
import { mapForAnalysis } from '../geo/analysis-map';
import type { MapModel } from '../geo/map-model';
import type { CardContext } from './card';
import { shareTargets, type ShareTarget } from './targets';

export interface SharedAnalysis {
  analysis: LoadedAnalysis;
  model: MapModel;
  card: CardContext;
  targets: ShareTarget[];
}

let cache: Promise<SharedAnalysis[]> | undefined;

/** Every analysis with its map and share targets, computed once per build for all share routes. */
export function loadSharedAnalyses(): Promise<SharedAnalysis[]> {
  cache ??= loadAnalyses().then((analyses) =>
    analyses.map((analysis) => {
      const model = mapForAnalysis(analysis);
      const { title, byline, published } = analysis.entry.data;
      const mapSvg = renderToStaticMarkup(createElement(AnalysisMap, { model, title: `Map: ${title}` }));
      const publishedLabel = formatLongDate(published);
      return {
        analysis,
        model,
        card: { analysisTitle: title, byline: `${byline} · ${publishedLabel}`, mapSvg },
        targets: shareTargets(analysis, model, publishedLabel),
      };
    }),
  );
  return cache;
}

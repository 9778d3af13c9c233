import type { GetStaticPaths } from 'astro';
import { rendersAnalysis } from '../build/slice';
import { cacheKeys } from '../content/cache-keys';
import { loadEditionAnalyses } from '../load/collections';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import { allLangs, langParam } from '../i18n/lang';
import { shareAnalysis, type SharedAnalysis } from './shared-analysis';
import type { ShareTarget } from './targets';

export type { SharedAnalysis } from './shared-analysis';

const known = new Map<string, SharedAnalysis>();

/**
 * An analysis of one edition with its map, card text and share targets, worked out once per build
 * for its page, its cards and its share pages, and only when one of them is rendered: a page the
 * incremental build reuses never asks.
 */
export function sharedAnalysis(analysis: LoadedAnalysis): SharedAnalysis {
  const key = `${analysis.lang.edition.code}/${analysis.slug}`;
  let shared = known.get(key);
  if (!shared) known.set(key, (shared = shareAnalysis(analysis)));
  return shared;
}

/** What a route with a page or a card per analysis is given: the analysis, shared on demand. */
export interface AnalysisShareProps {
  share: () => SharedAnalysis;
}

/** What a route with a page or a card per section and event is given: its analysis, and the target's id. */
export interface TargetShareProps extends AnalysisShareProps {
  id: string;
}

/** The section or event a share route is for, with its analysis. */
export function sharedTarget({ share, id }: TargetShareProps): { shared: SharedAnalysis; target: ShareTarget } {
  const shared = share();
  const target = shared.targets.find((t) => t.id === id);
  if (!target) throw new Error(`share route: no section or event "${id}" in ${shared.analysis.slug}`);
  return { shared, target };
}

/**
 * Static paths of every edition's analyses in this build's slice, each with `paths(analysis)` under
 * it, keyed by its content.
 */
async function perAnalysis<P>(paths: (analysis: LoadedAnalysis) => { id?: string; props: P }[]) {
  const all = await Promise.all(
    allLangs().map(async (lang) =>
      (await loadEditionAnalyses(lang.edition.code))
        .filter((analysis) => rendersAnalysis(analysis.slug))
        .flatMap((analysis) =>
          paths(analysis).map(({ id, props }) => ({
            params: { lang: langParam(lang), slug: analysis.slug, ...(id ? { id } : {}) },
            props,
            cacheKey: cacheKeys().analysis(analysis.slug),
          })),
        ),
    ),
  );
  return all.flat();
}

/** Static paths for routes with one card per analysis, in every edition. */
export const analysisSharePaths = (() =>
  perAnalysis((analysis) => [{ props: { share: () => sharedAnalysis(analysis) } }])) satisfies GetStaticPaths;

/** Static paths for routes with one page or card per section and event, in every edition. */
export const shareTargetPaths = (() =>
  perAnalysis((analysis) => {
    const share = () => sharedAnalysis(analysis);
    const ids = [...analysis.outline.sections.map((section) => section.id), ...analysis.events.map((e) => e.id)];
    return ids.map((id) => ({ id, props: { share, id } }));
  })) satisfies GetStaticPaths;

/** Static paths for routes with one file per event, in every edition: the embed's oEmbed answers. */
export const eventPaths = (() =>
  perAnalysis((analysis) =>
    analysis.events.map((event) => ({ id: event.id, props: { analysis } })),
  )) satisfies GetStaticPaths;

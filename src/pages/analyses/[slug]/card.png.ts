import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCardSvg } from '../../../lib/share/card';
import { renderPng } from '../../../lib/share/render-png';
import { loadSharedAnalyses, type SharedAnalysis } from '../../../lib/share/share-data';

/** The article's own link-preview card: its title and the whole map. */
export const getStaticPaths = (async () =>
  (await loadSharedAnalyses()).map((shared) => ({
    params: { slug: shared.analysis.slug },
    props: { shared },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shared: SharedAnalysis }> = async ({ props }) =>
  new Response(await renderPng(buildCardSvg(props.shared.card)), { headers: { 'Content-Type': 'image/png' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { editionAnalysisPaths } from '../../../../lib/load/collections';
import type { LoadedAnalysis } from '../../../../lib/load/loaded-analysis';
import { eventsGeoJson } from '../../../../lib/share/open-data';

/** Open data: the analysis's placed events as GeoJSON. */
export const getStaticPaths = editionAnalysisPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ analysis: LoadedAnalysis }> = ({ props, site }) =>
  new Response(JSON.stringify(eventsGeoJson(props.analysis, site!), null, 2), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });

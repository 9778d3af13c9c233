import type { APIRoute, GetStaticPaths } from 'astro';
import { editionAnalysisPaths, type LoadedAnalysis } from '../../../../lib/content/collections';
import { eventsGeoJson } from '../../../../lib/share/open-data';

/** Open data: the analysis's placed events as GeoJSON. */
export const getStaticPaths = editionAnalysisPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ analysis: LoadedAnalysis }> = ({ props, site }) =>
  new Response(JSON.stringify(eventsGeoJson(props.analysis, site!), null, 2), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });

import type { APIRoute, GetStaticPaths } from 'astro';
import { editionAnalysisPaths } from '../../../../lib/load/collections';
import type { LoadedAnalysis } from '../../../../lib/load/loaded-analysis';
import { eventsCsv } from '../../../../lib/share/open-data';

/** Open data: every event of the analysis as CSV, in each edition's words. */
export const getStaticPaths = editionAnalysisPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ analysis: LoadedAnalysis }> = ({ props, site }) =>
  new Response(eventsCsv(props.analysis, site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

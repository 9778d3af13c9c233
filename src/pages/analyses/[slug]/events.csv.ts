import type { APIRoute, GetStaticPaths } from 'astro';
import { analysisPaths, type LoadedAnalysis } from '../../../lib/content/collections';
import { eventsCsv } from '../../../lib/share/open-data';

/** Open data: every event of the analysis as CSV. */
export const getStaticPaths = analysisPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ analysis: LoadedAnalysis }> = ({ props, site }) =>
  new Response(eventsCsv(props.analysis, site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

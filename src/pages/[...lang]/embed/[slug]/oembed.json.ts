import type { APIRoute, GetStaticPaths } from 'astro';
import { editionAnalysisPaths } from '../../../../lib/load/collections';
import type { LoadedAnalysis } from '../../../../lib/load/loaded-analysis';
import { oembedDocument } from '../../../../lib/share/embed';

/** oEmbed for an analysis's embed: what a partner's tools read to embed it (type "rich"). */
export const getStaticPaths = editionAnalysisPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ analysis: LoadedAnalysis }> = ({ props, site }) =>
  Response.json(oembedDocument(props.analysis, site!));

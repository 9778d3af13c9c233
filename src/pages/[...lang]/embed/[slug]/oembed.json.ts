import type { APIRoute, GetStaticPaths } from 'astro';
import { editionAnalysisPaths, type LoadedAnalysis } from '../../../../lib/content/collections';
import { oembedDocument } from '../../../../lib/share/embed';

/** oEmbed for an analysis's embed: what a partner's tools read to embed it (type "rich"). */
export const getStaticPaths = editionAnalysisPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ analysis: LoadedAnalysis }> = ({ props, site }) =>
  Response.json(oembedDocument(props.analysis, site!));

import type { APIRoute } from 'astro';
import type { LoadedAnalysis } from '../../../../../lib/load/loaded-analysis';
import { oembedDocument } from '../../../../../lib/share/embed';
import { eventPaths } from '../../../../../lib/share/share-data';

/** oEmbed for an analysis's embed opened at one event. */
export const getStaticPaths = eventPaths;

export const GET: APIRoute<{ analysis: LoadedAnalysis }, { id: string }> = ({ props, params, site }) =>
  Response.json(oembedDocument(props.analysis, site!, params.id));

import type { APIRoute } from 'astro';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ShareCard from '../../../../components/share/ShareCard';
import { cardScript } from '../../../../lib/share/card-script';
import { renderPng } from '../../../../lib/share/render-png';
import { analysisSharePaths, type AnalysisShareProps } from '../../../../lib/share/share-data';

/** The article's own link-preview card, in each edition: its title and the whole map. */
export const getStaticPaths = analysisSharePaths;

export const GET: APIRoute<AnalysisShareProps> = async ({ props }) => {
  const { card, model } = props.share();
  const svg = renderToStaticMarkup(
    createElement(ShareCard, { text: card, model, script: await cardScript(card.edition) }),
  );
  return new Response(await renderPng(svg), { headers: { 'Content-Type': 'image/png' } });
};

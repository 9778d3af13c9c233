import type { APIRoute, GetStaticPaths } from 'astro';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ShareCard from '../../../../../../components/share/ShareCard';
import { cardScript } from '../../../../../../lib/share/card-script';
import { renderPng } from '../../../../../../lib/share/render-png';
import { shareTargetPaths, type SharedAnalysis } from '../../../../../../lib/share/share-data';
import type { ShareTarget } from '../../../../../../lib/share/targets';

/** One card per section and event, in each edition: its title and date, and the map with its place highlighted. */
export const getStaticPaths = shareTargetPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ shared: SharedAnalysis; target: ShareTarget }> = async ({ props }) => {
  const { card, model } = props.shared;
  const svg = renderToStaticMarkup(
    createElement(ShareCard, { text: card, model, target: props.target, script: await cardScript(card.edition) }),
  );
  return new Response(await renderPng(svg), { headers: { 'Content-Type': 'image/png' } });
};

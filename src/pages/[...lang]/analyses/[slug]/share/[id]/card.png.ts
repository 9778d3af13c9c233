import type { APIRoute, GetStaticPaths } from 'astro';
import { cardLayers } from '../../../../../../components/share/card-layers';
import { cardScript } from '../../../../../../lib/share/card-script';
import { renderPng } from '../../../../../../lib/share/render-png';
import { sharedTarget, shareTargetPaths, type TargetShareProps } from '../../../../../../lib/share/share-data';

/** One card per section and event, in each edition: its title and date, and the map with its place highlighted. */
export const getStaticPaths = shareTargetPaths satisfies GetStaticPaths;

export const GET: APIRoute<TargetShareProps> = async ({ props }) => {
  const { shared, target } = sharedTarget(props);
  const { card, model } = shared;
  const layers = cardLayers({ text: card, model, target, script: await cardScript(card.edition) });
  return new Response(await renderPng(layers), { headers: { 'Content-Type': 'image/png' } });
};

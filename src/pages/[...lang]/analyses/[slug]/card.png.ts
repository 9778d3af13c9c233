import type { APIRoute, GetStaticPaths } from 'astro';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ShareCard from '../../../../components/share/ShareCard';
import { allLangs, langParam } from '../../../../lib/i18n/lang';
import { cardScript } from '../../../../lib/share/card-script';
import { renderPng } from '../../../../lib/share/render-png';
import { loadSharedAnalyses, type SharedAnalysis } from '../../../../lib/share/share-data';

/** The article's own link-preview card, in each edition: its title and the whole map. */
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      allLangs().map(async (lang) =>
        (await loadSharedAnalyses(lang.edition.code)).map((shared) => ({
          params: { lang: langParam(lang), slug: shared.analysis.slug },
          props: { shared },
        })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ shared: SharedAnalysis }> = async ({ props }) => {
  const { card, model } = props.shared;
  const svg = renderToStaticMarkup(
    createElement(ShareCard, { text: card, model, script: await cardScript(card.edition) }),
  );
  return new Response(await renderPng(svg), { headers: { 'Content-Type': 'image/png' } });
};

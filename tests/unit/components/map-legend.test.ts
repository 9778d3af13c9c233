import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro/virtual-modules/container.js';
import { expect, test } from 'vitest';
import MapLegend from '../../../src/components/map/MapLegend.astro';
import { KIND_SYMBOLS } from '../../../src/components/map/symbols';
import { langFor } from '../../../src/lib/i18n/lang';

test('the legend names the kinds the analysis has, in the vocabulary’s order, each with its own shape', async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const html = await container.renderToString(MapLegend, {
    props: { kinds: new Set(['infrastructure', 'clash']), lang: langFor('en') },
  });
  const kinds = /aria-label="Marker kinds"[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!;
  expect([...kinds.matchAll(/<\/svg>\s*([A-Z][a-z]+)/g)].map((match) => match[1])).toEqual(['Clash', 'Infrastructure']);
  expect(kinds).toContain(`class="marker-symbol kind-infrastructure" d="${KIND_SYMBOLS.infrastructure}"`);
  expect(new Set(Object.values(KIND_SYMBOLS)).size).toBe(Object.keys(KIND_SYMBOLS).length);
});

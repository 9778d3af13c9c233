import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import Place from '../../../src/components/mdx/Place.astro';
import { mapTargetsByPlace } from '../../../src/lib/sync/map-links';
import { BALTIC_FILES, balticMapModel } from '../baltic-site';

// <Place to> is resolved while the MDX renders, against the map the page has just built.
let container: AstroContainer;
let locals: { placeTargets: ReturnType<typeof mapTargetsByPlace>; analysisFile: string };
const render = (to: string) =>
  container.renderToString(Place, { props: { to }, slots: { default: 'the place' }, locals });

beforeAll(async () => {
  container = await AstroContainer.create();
  locals = { placeTargets: mapTargetsByPlace(balticMapModel()), analysisFile: BALTIC_FILES.analysis };
}, 60_000);

describe('<Place>', () => {
  test('a marker the map has becomes a link to it, around the words of the text', async () => {
    expect(await render('riga')).toMatch(
      /^<a href="#map-marker-riga" class="place-link" data-map-targets="map-marker-riga"[^>]*>the place<\/a>$/,
    );
  });

  test('a border the map draws is named by its id', async () => {
    expect(await render('EST-LVA')).toMatch(/^<a href="#map-border-est-lva"/);
  });

  test('a place the map does not have stops the build in one line naming the file and the places it has', async () => {
    const failure = render('tartu').then(
      () => '',
      (error: Error) => error.message,
    );
    const message = await failure;
    expect(message).toMatch(
      /^tests\/fixtures\/sites\/baltic\/content\/analyses\/baltic-fixture\.mdx: <Place to>: found "tartu"; the map has a marker or border by each of these names: .*riga/,
    );
    expect(message).not.toContain('\n');
  });
});

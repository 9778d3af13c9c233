import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import MapSvg from '../../../src/components/map/MapSvg';
import { loadFixtureAnalysis } from './load-fixture';

// Golden files: a change to the drawing shows up as a diff of the SVG. Run `npx vitest -u`
// after checking the new drawing, and commit the file with the change.
const pretty = (svg: string) => svg.replace(/></g, '>\n<') + '\n';

describe('the map SVG', () => {
  test('the Baltic fixture map', async () => {
    const { model } = loadFixtureAnalysis('tests/fixtures/sites/baltic', 'baltic-fixture');
    const svg = renderToStaticMarkup(<MapSvg model={model} title="Map of the Baltic fixture" />);
    await expect(pretty(svg)).toMatchFileSnapshot('__snapshots__/baltic-fixture-map.svg');
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixtureSite, FIXTURE_SITES } from '../../scripts/fixture-site.mjs';
import { recordUrls } from '../support/search-records';

// The fixture sites (Nordic, Baltic, Caucasus) go through the same loaders, checks, projection and
// renderer as the site: nothing in the pipeline may assume Afghanistan, Iran and Pakistan. The
// end-to-end tests serve this same build.
let build: ReturnType<typeof buildFixtureSite>;
let html: string;

beforeAll(() => {
  build = buildFixtureSite(FIXTURE_SITES);
  if (!build.ok) throw new Error(build.output);
  html = readFileSync(join(build.outDir, 'analyses/baltic-fixture/index.html'), 'utf8');
}, 300_000);

const viewBox = () => /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(html)!.slice(1).map(Number) as [number, number];

describe('a fixture analysis in another region', () => {
  test('the fixture sites build together without a warning or an error an editor could not act on', () => {
    expect(build.output).not.toMatch(/WARN|warning|error|MODULE_LEVEL_DIRECTIVE|Shiki/i);
  });

  test('builds a map of its own three countries, each drawn strongly', () => {
    expect(html).toContain('<figure data-map="baltic-fixture"');
    for (const code of ['EST', 'LVA', 'LTU']) {
      expect(html).toMatch(new RegExp(`<path class="map-country is-region" d="[^"]+" data-country="${code}"`));
    }
    expect(html).not.toContain('data-country="AFG"');
  });

  test('puts its marker inside the frame, where Riga is', () => {
    const [width, height] = viewBox();
    const [, x, y] = /data-event="fixture-riga-meeting"[^>]*><g transform="translate\(([\d.]+) ([\d.]+)\)/.exec(html)!;
    expect(Number(x)).toBeGreaterThan(0);
    expect(Number(x)).toBeLessThan(width);
    expect(Number(y)).toBeGreaterThan(0);
    expect(Number(y)).toBeLessThan(height);
  });

  test('draws its border as a link to the passage about it', () => {
    expect(html).toMatch(/<a id="map-border-est-lva" href="#border-passage" class="map-border" data-border="EST-LVA"/);
  });

  test('fits a frame shaped like the region: the Baltic states are taller than they are wide', () => {
    const [width, height] = viewBox();
    expect(height / width).toBeGreaterThan(0.8);
  });

  test('an analysis never updated or corrected shows no “Last updated” and no corrections section', () => {
    expect(html).toContain('Published <time datetime="2024-05-01">1 May 2024</time>');
    expect(html).not.toContain('Last updated');
    expect(html).not.toContain('id="corrections"');
    expect(html).not.toContain('class="correction-note"');
  });
});

describe('a fixture site built by `astro build` alone, as a host’s default command builds it', () => {
  test('can be searched: its index holds a fixture passage at its address, in each of its editions', () => {
    const index = join(build.outDir, 'pagefind');
    const entry = JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8'));
    expect(existsSync(join(index, `pagefind.${entry.languages.en.hash}.pf_meta`))).toBe(true);
    const urls = recordUrls(index);
    expect(urls.en).toContain('/analyses/baltic-fixture/#border-passage');
    expect(urls.fa).toContain('/fa/analyses/baltic-fixture/#border-passage');
  });
});

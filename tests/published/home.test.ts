import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gzipSize } from '../../scripts/bench/page-weight.mjs';
import { allLangs } from '../../src/lib/i18n/lang';
import { readAnalyses } from '../support/analysis-data';

// Each edition's home page as built: the atlas of every analysis, whose every link lands on a
// page and an id that exist, then one entry per analysis the edition publishes.
const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
const idsOf = new Map<string, Set<string>>();
const ids = (page: string) => {
  let found = idsOf.get(page);
  if (!found) {
    found = new Set([...read(`${page}index.html`).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsOf.set(page, found);
  }
  return found;
};

/** Why a link from `home` does not land, or undefined when it does. */
function brokenLink(href: string, home: string): string | undefined {
  const [path = '', id] = href.split('#');
  const page = path || home;
  if (!existsSync(`dist${page}index.html`)) return `${href}: no page`;
  if (id && !ids(page).has(id)) return `${href}: no id "${id}" on ${page}`;
  return undefined;
}

describe.each(allLangs())('the $edition.code home page', ({ edition, prefix }) => {
  const home = `${prefix}/`;
  const html = read(`${home}index.html`);
  const slugs = readAnalyses()
    .map(({ slug }) => slug)
    .filter((slug) => edition.code === 'en' || existsSync(`content/editions/${edition.code}/${slug}.mdx`));

  test('leads with the map of every analysis, whose every marker, border and listed event lands', () => {
    const figure = /<figure data-map="atlas"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figure).toContain('<svg');
    const links = [...figure.matchAll(/<a [^>]*?href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.filter((href) => href.startsWith(`${prefix}/analyses/`)).length).toBeGreaterThan(0);
    expect(links.map((href) => brokenLink(href, home)).filter(Boolean)).toEqual([]);
  });

  test('lists each analysis of the edition once, with its region’s thumbnail and links to its actors', () => {
    const items = [...html.matchAll(/<li data-actors="([^"]*)">([\s\S]*?)<\/li>\s*(?=<li data-actors|<\/ul>)/g)];
    expect(items).toHaveLength(slugs.length);
    for (const [, actors, item] of items) {
      expect(item).toMatch(/<svg class="analysis-thumb"[^>]*aria-hidden="true"/);
      for (const actor of actors!.split(' ')) expect(item).toContain(`href="${prefix}/actors/${actor}/"`);
    }
    const headlines = [...html.matchAll(/<h2 id="([^"]+)-title"/g)].map((m) => m[1]);
    expect(headlines.sort()).toEqual([...slugs].sort());
    console.log(`${home}: ${gzipSize(Buffer.from(html))} B gzip (${html.length} B raw)`);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { langFor } from '../../src/lib/i18n/lang';
import { readAnalyses } from '../support/analysis-data';

// The pages that follow an actor or a pair across analyses, as built for the site's own content,
// in every edition; and the links that lead to them from the article. That every link on them
// lands on a page and an id is checked with every other page's (validity.test.ts).
const read = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const registry = new Map(
  readdirSync('data/entities').map((file) => [
    file.replace(/\.json$/, ''),
    JSON.parse(readFileSync(`data/entities/${file}`, 'utf8')) as { names: Record<string, string> },
  ]),
);
const [analysis] = readAnalyses();
const RELATIONS = ['afghanistan--iran', 'afghanistan--pakistan'];
const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!);

describe.each(['en', 'fa', 'ps'])('the %s edition', (code) => {
  const lang = langFor(code);
  const { prefix, words } = lang;
  const name = (id: string) => registry.get(id)!.names[code]!;

  test('has a page for every actor of the registry, named in its words, searchable and naming its editions', () => {
    for (const id of registry.keys()) {
      const html = read(`${prefix}/actors/${id}/`);
      expect(h1(html), id).toBe(name(id));
      expect(html).toContain('data-pagefind-body');
      expect(html).toContain(`<html lang="${code === 'en' ? 'en-GB' : `${code}-AF`}"`);
      expect(html.match(/<link rel="alternate" hreflang=/g), id).toHaveLength(4);
      // Its events and passages lead into the same edition's analysis, and nowhere else.
      const passages = hrefs(html).filter((href) => href.includes('/analyses/'));
      expect(passages.length, id).toBeGreaterThan(3);
      for (const href of passages) expect(href).toMatch(new RegExp(`^${prefix}/analyses/${analysis!.slug}/(#|$)`));
    }
  });

  test('lists every actor by kind on its index, each linking to its page', () => {
    const html = read(`${prefix}/actors/`);
    expect(h1(html)).toBe(words.actors.index);
    expect(html).toContain(`>${words.actors.kinds.state}</h2>`);
    for (const id of registry.keys()) expect(hrefs(html)).toContain(`${prefix}/actors/${id}/`);
  });

  test('has a page for each relation, both names in its heading, linked from both actors’ pages', () => {
    for (const id of RELATIONS) {
      const [a, b] = id.split('--') as [string, string];
      expect(h1(read(`${prefix}/relations/${id}/`))).toBe(words.actors.relation(name(a), name(b)));
      for (const actor of [a, b])
        expect(hrefs(read(`${prefix}/actors/${actor}/`)), actor).toContain(`${prefix}/relations/${id}/`);
    }
    expect(existsSync(`dist${prefix}/relations/iran--pakistan/`), 'no relation without a shared event or border').toBe(
      false,
    );
  });

  test('the article’s sections and timeline lead to the actors, and its borders to their relations', () => {
    const links = hrefs(read(`${prefix}/analyses/${analysis!.slug}/`));
    for (const id of registry.keys()) expect(links).toContain(`${prefix}/actors/${id}/`);
    for (const id of RELATIONS) expect(links).toContain(`${prefix}/relations/${id}/`);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { syncDataAnchor } from '../../src/components/map/MapSync';
import { EDITIONS } from '../../src/lib/i18n/editions';
import { langFor } from '../../src/lib/i18n/lang';
import { decodeEntities } from '../../src/lib/html-entities';
import type { SyncData } from '../../src/lib/sync/sync-data';
import { readAnalyses } from '../support/analysis-data';

// What a screen reader is given to say, read from the built article in every edition: the same
// hedges in every name an event has, and the Latin names of a Dari or Pashto page marked English.
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');

/** Each tag's attributes, decoded as a browser would read them. */
const attributesOf = (tag: string) =>
  Object.fromEntries(
    [...tag.matchAll(/\s([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decodeEntities(value!)]),
  );

describe.each(EDITIONS)('the $code article', ({ code }) => {
  const lang = langFor(code);
  const html = readFileSync(`dist${lang.prefix}/analyses/${analysis.slug}/index.html`, 'utf8');
  const data = JSON.parse(
    html.match(
      new RegExp(`<script type="application/json" id="${syncDataAnchor(analysis.slug)}">(.*?)</script>`, 's'),
    )![1]!,
  ) as SyncData;

  test('every name the map gives an event carries its kind and every hedge it has', () => {
    const links = [...html.matchAll(/<a\s[^>]*>/g)]
      .map(([tag]) => attributesOf(tag))
      .filter((a) => a['aria-label'] && (a['data-event'] || a['data-events']));
    expect(links.length).toBeGreaterThan(5);
    let hedged = 0;
    for (const link of links) {
      const events = (link['data-events'] ?? link['data-event'])!.split(' ');
      for (const id of events) {
        const event = data.events.find((e) => e.id === id)!;
        expect(link['aria-label'], `${link.id} names ${id} with its kind`).toContain(lang.words.kinds[event.kind]);
        expect(link['aria-label'], `${link.id} names ${id} with its hedges`).toContain(event.hedge);
        if (event.hedge) hedged++;
      }
    }
    expect(hedged).toBeGreaterThanOrEqual(3);
  });

  test.runIf(lang.edition.dir === 'rtl')(
    'the Latin names in the map’s caption and the footer are marked English',
    () => {
      const parts = [html.match(/<figcaption[\s\S]*?<\/figcaption>/)![0], html.match(/<footer[\s\S]*?<\/footer>/)![0]];
      for (const part of parts) {
        const unmarked = decodeEntities(part.replace(/<span lang="en">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ' '));
        expect(unmarked.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
      }
      expect(html).toContain('<span lang="en">Natural Earth</span>');
    },
  );
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ORIGINAL, TRANSLATIONS } from '../../src/lib/i18n/editions';
import { langFor } from '../../src/lib/i18n/lang';
import { readAnalyses } from '../support/analysis-data';

// The first analysis was corrected after it was published: the head of its page says when, in
// every edition, next to the day it was published.
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`content/analyses/${analysis.slug}.mdx`, 'utf8'))![1]!;
/** The latest of its `updated:` day and its corrections' days, read from the file the editor wrote. */
const lastDay = [...frontmatter.matchAll(/^(?:updated:|\s+- date:)\s*(\d{4}-\d{2}-\d{2})\s*$/gm)]
  .map((match) => match[1]!)
  .sort()
  .at(-1);

describe.each([ORIGINAL, ...TRANSLATIONS])('the $code edition’s article', ({ code }) => {
  const prefix = code === ORIGINAL.code ? '' : `/${code}`;
  const page = readFileSync(`dist${prefix}/analyses/${analysis.slug}/index.html`, 'utf8');
  const lang = langFor(code);

  test('says under its headline when it was last updated, with the day of its latest correction', () => {
    expect(lastDay).toBeDefined();
    const header = /<h1[\s\S]*?<\/p>\s*<p[^>]*>([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '';
    const day = lang.day(new Date(`${lastDay}T00:00:00Z`));
    expect(header.replace(/\s+/g, ' ')).toContain(
      `${lang.words.article.updated} <time datetime="${lastDay}">${day}</time>`,
    );
  });
});

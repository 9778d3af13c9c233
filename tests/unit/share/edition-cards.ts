import { readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { parseFrontmatter } from 'astro/markdown';
import type { LoadedAnalysis } from '../../../src/lib/load/loaded-analysis';
import { localize } from '../../../src/lib/load/localize';
import { langFor } from '../../../src/lib/i18n/lang';
import { shareAnalysis } from '../../../src/lib/share/shared-analysis';
import { AnalysisSchema } from '../../../src/schemas/analysis';
import { EditionFrontmatterSchema, EditionTextSchema } from '../../../src/schemas/edition';
import { site } from '../geo/first-analysis';

const SLUG = 'taliban-iran-pakistan-2022';

/** The first analysis in English, as the build loads it (the fixture reads only what the map needs). */
export const english = {
  slug: SLUG,
  entry: { data: site.analysis },
  source: { data: site.analysis },
  outline: site.outline,
  files: site.files,
  lang: langFor('en'),
  ...site.linked,
} as unknown as LoadedAnalysis;

const bodyOf = (file: string) => parseFrontmatter(readFileSync(file, 'utf8')).content;

/** The English as published: the same analysis with its whole frontmatter (corrections, period, dek). */
export const englishAsPublished = {
  ...english,
  entry: { data: AnalysisSchema.parse(parseFrontmatter(readFileSync(site.files.analysis, 'utf8')).frontmatter) },
} as unknown as LoadedAnalysis;

/** The first analysis in a translated edition, localized from its files as the build does. */
export function translated(code: 'fa' | 'ps', original: LoadedAnalysis = english): LoadedAnalysis {
  const file = `content/editions/${code}/${SLUG}.mdx`;
  const parsed = parseFrontmatter(readFileSync(file, 'utf8'));
  const entry = { data: EditionFrontmatterSchema.parse(parsed.frontmatter) } as CollectionEntry<'editions'>;
  const text = EditionTextSchema.parse(JSON.parse(readFileSync(`data/editions/${code}/${SLUG}.json`, 'utf8')));
  return localize(original, {
    code,
    entry,
    body: parsed.content,
    originalBody: bodyOf(site.files.analysis),
    file,
    text,
  });
}

/**
 * The first analysis's cards in an edition: its map, what its cards say and every share target,
 * as the share routes get them (building an edition's map takes a few seconds).
 */
export const editionCards = (code: 'en' | 'fa' | 'ps') => shareAnalysis(code === 'en' ? english : translated(code));

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ANALYSES_FOLDER, contentRoot, EDITIONS_FOLDERS, EVENTS_FOLDER } from './lib/content/paths';
import { AnalysisSchema } from './schemas/analysis';
import { EditionFrontmatterSchema, EditionTextSchema } from './schemas/edition';
import { EventsFileSchema } from './schemas/event';
import { rendersAnalysis } from './lib/build/slice';
import { renderedOnly } from './lib/load/rendered-only';

/**
 * The content check (src/integrations/content-check.ts) reads these files with the same schemas
 * before Astro does, and stops the build, or shows the development server's error page, with one
 * line per problem. Astro's own report of the same problem would only repeat it at length, so
 * its loader keeps what it read; no page is rendered from content the check refused.
 */
const checkedElsewhere = <S extends z.ZodType>(schema: S) => schema.catch((context) => context.value as z.output<S>);

/** One MDX file per analysis; its file name is its slug. */
const analyses = defineCollection({
  loader: renderedOnly(glob({ pattern: '*.mdx', base: `${contentRoot()}/${ANALYSES_FOLDER}` }), rendersAnalysis),
  schema: checkedElsewhere(AnalysisSchema),
});

/** One events file per analysis, with the same slug as its MDX file. */
const events = defineCollection({
  loader: glob({ pattern: '*.json', base: `${contentRoot()}/${EVENTS_FOLDER}` }),
  schema: checkedElsewhere(EventsFileSchema),
});

/** A translated edition's MDX, `content/editions/<code>/<slug>.mdx`: its id is "<code>/<slug>". */
const editions = defineCollection({
  loader: renderedOnly(glob({ pattern: '*/*.mdx', base: `${contentRoot()}/${EDITIONS_FOLDERS.mdx}` }), (id) =>
    rendersAnalysis(id.slice(id.indexOf('/') + 1)),
  ),
  schema: checkedElsewhere(EditionFrontmatterSchema),
});

/** A translated edition's words for the events and the map, `data/editions/<code>/<slug>.json`. */
const editionTexts = defineCollection({
  loader: glob({ pattern: '*/*.json', base: `${contentRoot()}/${EDITIONS_FOLDERS.json}` }),
  schema: checkedElsewhere(EditionTextSchema),
});

export const collections = { analyses, events, editions, editionTexts };

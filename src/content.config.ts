import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content/root';
import { AnalysisSchema } from './schemas/analysis';
import { EventsFileSchema } from './schemas/event';

/** One MDX file per analysis; its file name is its slug. */
const analyses = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot()}/content/analyses` }),
  schema: AnalysisSchema,
});

/** One events file per analysis, with the same slug as its MDX file. */
const events = defineCollection({
  loader: glob({ pattern: '*.json', base: `${contentRoot()}/data/events` }),
  schema: EventsFileSchema,
});

export const collections = { analyses, events };

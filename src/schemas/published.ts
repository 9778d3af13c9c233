import { z } from 'astro/zod';
import { isPartialIsoDate } from './iso-date';

/**
 * What readers were shown of one edition of one analysis when it was last published: a short
 * hash of each of its parts' words, and how long its log was then.
 */
export const PublishedEditionSchema = z
  .object({
    /** The day it was recorded, YYYY-MM-DD: log entries for later changes are dated then or after. */
    recorded: z.string().refine((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && isPartialIsoDate(day), {
      error: (issue) => `got ${JSON.stringify(issue.input)}; write the day as YYYY-MM-DD`,
    }),
    /** How many entries the edition's own log held (the English log, for the original). */
    entries: z.number().int().min(0),
    /** For a translation, how many of the English log's entries it had translated. */
    english: z.number().int().min(0).optional(),
    /** Each part readers see ("headline", "passage six-months-on", "event water-release", …) → hash of its words. */
    words: z.record(z.string(), z.string().regex(/^[0-9a-f]{12}$/)),
  })
  .strict();

/** `content/published.lock.json`: for each analysis's slug, each edition's record, by edition code. */
export const PublishedRecordSchema = z.record(
  z.string(),
  z.union([z.string(), z.record(z.string(), PublishedEditionSchema)]),
);

export type PublishedEdition = z.infer<typeof PublishedEditionSchema>;
export type PublishedRecord = Record<string, Record<string, PublishedEdition>>;

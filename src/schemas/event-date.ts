import { z } from 'astro/zod';
import { isPartialIsoDate } from './iso-date';
import { IdSchema } from './shared';

const quote = (value: unknown) => JSON.stringify(value);

export const DATE_RELATIONS = ['recently', 'after', 'undated', 'ahead'] as const;
export type DateRelation = (typeof DATE_RELATIONS)[number];

/**
 * When it happened, as far as the reporting says: a date it gives (`iso`), or, where it gives
 * none, how the event stands in time (`relative`). No day, month or year is ever invented.
 */
export const EventDateSchema = z
  .object({
    /** ISO 8601 partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `18XX` or `189X` for a century or decade. */
    iso: z
      .string()
      .refine(isPartialIsoDate, {
        error: (issue) =>
          `got ${quote(issue.input)}; write YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, e.g. "2022-01" (18XX or 189X for a century or decade)`,
      })
      .optional(),
    /**
     * For an event the reporting does not date: "recently" (shortly before publication),
     * "after" (some time after the event named in `after`), "undated" (no time given) or
     * "ahead" (a claim about the future, not something that happened).
     */
    relative: z
      .enum(DATE_RELATIONS, { error: (issue) => `got ${quote(issue.input)}; use one of ${DATE_RELATIONS.join(', ')}` })
      .optional(),
    /** With `"relative": "after"`: the id of the event this one followed. */
    after: IdSchema.optional(),
    /** The words the article uses for the date, e.g. "late January 2022" or "recently". */
    label: z
      .string()
      .trim()
      .min(1, 'the date label is empty; give the words the article uses, e.g. "late January 2022"'),
  })
  .strict()
  .superRefine((date, ctx) => {
    if ((date.iso === undefined) === (date.relative === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: date.iso === undefined ? ['iso'] : ['relative'],
        message:
          date.iso === undefined
            ? `neither iso nor relative is given; write "iso" for a date the reporting gives, or "relative": one of ${DATE_RELATIONS.join(', ')}`
            : `both iso ${quote(date.iso)} and relative ${quote(date.relative)} are given; keep iso if the reporting dates the event, else relative`,
      });
    }
    if ((date.relative === 'after') !== (date.after !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['after'],
        message:
          date.after === undefined
            ? '"relative": "after" needs "after": the id of the event this one followed'
            : `"after" is ${quote(date.after)} but relative is ${quote(date.relative)}; set "relative": "after" or remove "after"`,
      });
    }
  });

export type EventDate = z.infer<typeof EventDateSchema>;

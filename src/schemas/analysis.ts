import { z } from 'astro/zod';
import { CountryCodeSchema, EntitySchema } from './entity';
import { isPartialIsoDate, toIsoDay } from './iso-date';
import { IdSchema } from './shared';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, as YAML gives it (a Date) or as a YYYY-MM-DD string. */
export const dateField = (name: string) =>
  z.union([z.date(), z.string()]).transform((value, ctx) => {
    const date =
      value instanceof Date ? value : FULL_DATE.test(value) && isPartialIsoDate(value) ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({
        code: 'custom',
        message: `${name} got ${JSON.stringify(value)}; write a calendar date as YYYY-MM-DD, e.g. 2022-02-07`,
      });
      return z.NEVER;
    }
    return date;
  });

/**
 * The kinds of log entry, as newsrooms use them: a fact was wrong; it was right but misleading;
 * new information came in; or spelling, punctuation and such (listed at the log's foot, never
 * noted on the passage).
 */
export const ENTRY_KINDS = ['correction', 'clarification', 'update', 'minor'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * Where a log entry points that is not a section or passage: the headline, the standfirst or
 * the map's own words (its country names and border notes).
 */
export const ARTICLE_PARTS = ['headline', 'dek', 'map'] as const;

/** A public, dated entry of an analysis's log: a correction, clarification, update or minor edit. */
export const CorrectionSchema = z
  .object({
    /** The day the change was made and published. */
    date: dateField('corrections[].date'),
    /** What kind of change: "correction" (the default), "clarification", "update" or "minor". */
    kind: z
      .enum(ENTRY_KINDS, {
        error: (issue) => `got ${JSON.stringify(issue.input)}; use one of ${ENTRY_KINDS.join(', ')}`,
      })
      .default('correction'),
    /**
     * Where the change was: the id of a passage or section (readers see the note there), or
     * "headline", "dek" or "map". The passage's events are covered with it.
     */
    passage: IdSchema,
    /** Events the change touched that belong to another passage, by id. */
    events: z.array(IdSchema).optional(),
    /** What the passage (or its map and data) said that was wrong, in a sentence. */
    wrong: z.string().trim().min(1, 'wrong is empty; say in a sentence what the passage got wrong'),
    /** What is right, in a sentence. */
    right: z.string().trim().min(1, 'right is empty; say in a sentence what is right'),
    /** The earlier wording of what changed, when the text changed (plain text, no MDX). */
    earlier: z.string().trim().min(1, 'earlier is empty; quote the earlier wording or remove the field').optional(),
  })
  .strict();

export type Correction = z.infer<typeof CorrectionSchema>;

/** Frontmatter of one analysis in `content/analyses/<slug>.mdx`. */
export const AnalysisSchema = z
  .object({
    /** Headline, shown on the index, the page and in its `<title>`. */
    title: z.string().trim().min(1, 'the title is empty; give the analysis a headline'),
    /** Standfirst: one or two sentences under the headline. */
    dek: z.string().trim().min(1, 'the dek is empty; write a one- or two-sentence standfirst'),
    /** Date of first publication. */
    published: dateField('published'),
    /** Date of the last substantive update, when there was one; not before `published`. */
    updated: dateField('updated').optional(),
    /** Who signs the piece, e.g. "Borderlines analysis". */
    byline: z.string().trim().min(1, 'the byline is empty; use "Borderlines analysis"'),
    /** The countries the map shows, as ISO 3166-1 alpha-3 codes; the first is the focus. */
    region: z
      .array(CountryCodeSchema)
      .min(1, 'region is empty; list the countries the map shows, e.g. [AFG, IRN, PAK]'),
    /**
     * The stretch of time the analysis covers; the timeline sets earlier events apart as
     * background. Partial ISO dates, e.g. from "2021-12" to "2022-02".
     */
    period: z
      .object({
        from: z.string().refine(isPartialIsoDate, {
          error: (issue) => `period.from got ${JSON.stringify(issue.input)}; write YYYY, YYYY-MM or YYYY-MM-DD`,
        }),
        to: z.string().refine(isPartialIsoDate, {
          error: (issue) => `period.to got ${JSON.stringify(issue.input)}; write YYYY, YYYY-MM or YYYY-MM-DD`,
        }),
        /** How the timeline heads the period, e.g. "December 2021 – February 2022". */
        label: z.string().trim().min(1),
      })
      .strict()
      .optional(),
    /** Every entity that sections, passages and events of this analysis may name. */
    entities: z
      .array(EntitySchema)
      .min(1, 'entities is empty; list the actors the sections are about, e.g. [iran, pakistan]'),
    /** Every correction since publication, oldest first; the latest one dates the last update. */
    corrections: z.array(CorrectionSchema).default([]),
  })
  .strict()
  .refine((analysis) => !analysis.updated || analysis.updated >= analysis.published, {
    path: ['updated'],
    error: 'updated is earlier than published; an update cannot precede publication',
  })
  .superRefine((analysis, ctx) => {
    analysis.corrections.forEach((correction, index) => {
      const day = toIsoDay(correction.date);
      if (correction.date < analysis.published) {
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', index, 'date'],
          message: `that is before publication on ${toIsoDay(analysis.published)}; a correction is dated the day it is made`,
        });
      }
      const previous = analysis.corrections[index - 1];
      if (previous && correction.date < previous.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', index, 'date'],
          message: `that is earlier than the correction above it (${toIsoDay(previous.date)}); list corrections oldest first`,
        });
      }
      if (analysis.updated && analysis.updated < correction.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `the correction of "${correction.passage}" is later (${day}); set updated to ${day} or remove it (the latest correction dates the update)`,
        });
      }
    });
  });

/** The day an analysis last changed: its latest correction or update, if it has one. */
export function lastUpdated(analysis: Pick<Analysis, 'updated' | 'corrections'>): Date | undefined {
  const days = [analysis.updated, ...analysis.corrections.map((c) => c.date)].filter((d): d is Date => d !== undefined);
  return days.length > 0 ? new Date(Math.max(...days.map((d) => d.getTime()))) : undefined;
}

export type Analysis = z.infer<typeof AnalysisSchema>;

import { z } from 'astro/zod';
import { EntitySchema } from './entity';
import { isPartialIsoDate } from '../lib/content/dates';
import { MapConfigSchema } from './map';
import { BorderIdSchema, CoordinatesSchema, IdSchema } from './shared';

const quote = (value: unknown) => JSON.stringify(value);

/** How much of a date is known, and how the article says it. */
export const EventDateSchema = z.object({
  /** ISO 8601 partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  iso: z.string().refine(isPartialIsoDate, {
    error: (issue) =>
      `got ${quote(issue.input)}; write YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, e.g. "2022-01"`,
  }),
  /** The words the article uses for the date, e.g. "late January 2022". */
  label: z.string().trim().min(1, 'the date label is empty; give the words the article uses, e.g. "late January 2022"'),
});

/** A point on the map. */
const PointPlaceSchema = z
  .object({
    /** The place as a reader knows it; say "approximate" here when the point is a stand-in. */
    name: z.string().trim().min(1, 'the place name is empty'),
    /** [longitude, latitude] in degrees (WGS84), as GeoJSON orders them. */
    coordinates: CoordinatesSchema,
    /** True when the place lies outside the map's frame and is shown as a callout at its edge. */
    offMap: z.boolean().optional(),
  })
  .strict();

/** A border between two countries of the region, drawn as a line. */
const BorderPlaceSchema = z
  .object({
    /** The border as a reader knows it, e.g. "the Durand Line". */
    name: z.string().trim().min(1, 'the place name is empty'),
    /** Two ISO alpha-3 codes joined by a hyphen, alphabetical, e.g. "AFG-PAK". */
    border: BorderIdSchema,
  })
  .strict();

export const PRECISIONS = ['exact', 'city', 'province', 'border', 'approximate'] as const;
export const KINDS = ['diplomacy', 'clash', 'humanitarian', 'economy', 'security', 'history'] as const;
export type EventKind = (typeof KINDS)[number];
export const HEDGES = ['reported', 'rumoured', 'anonymous-sources', 'disputed'] as const;

/** Something that happened, once, at a place, a border, or only on the timeline. */
export const EventSchema = z
  .object({
    /** Stable id; also a deep link that resolves to the event's passage. */
    id: IdSchema,
    /** Short headline; keeps any hedge the article uses ("reportedly …"). */
    title: z.string().trim().min(1, 'the title is empty; give the event a short headline'),
    /** When it happened. */
    date: EventDateSchema,
    /** Where it happened; null for a timeline-only event. */
    place: z.union([PointPlaceSchema, BorderPlaceSchema]).nullable(),
    /** True exactly when the event has no place and appears on the timeline only. */
    timelineOnly: z.boolean(),
    /** How precisely the place is known; absent for timeline-only events. */
    precision: z
      .enum(PRECISIONS, { error: (issue) => `got ${quote(issue.input)}; use one of ${PRECISIONS.join(', ')}` })
      .optional(),
    /** What sort of event it is; sets the marker's shape. */
    kind: z.enum(KINDS, { error: (issue) => `got ${quote(issue.input)}; use one of ${KINDS.join(', ')}` }),
    /** Entities the event concerns; each must be declared by the analysis. */
    entities: z.array(EntitySchema).min(1, 'entities is empty; name at least one entity of the analysis'),
    /** Id of the passage that tells this event. */
    passage: IdSchema,
    /** How firm the report is, when the article hedges it. */
    hedge: z
      .enum(HEDGES, { error: (issue) => `got ${quote(issue.input)}; use one of ${HEDGES.join(', ')}` })
      .optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.place === null && !event.timelineOnly) {
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'place is null but timelineOnly is false; give a place or set "timelineOnly": true',
      });
    }
    if (event.place !== null && event.timelineOnly) {
      ctx.addIssue({
        code: 'custom',
        path: ['timelineOnly'],
        message: 'timelineOnly is true but a place is given; remove the place or set "timelineOnly": false',
      });
    }
    if (event.place !== null && event.precision === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `precision is missing; say how well the place is known: ${PRECISIONS.join(', ')}`,
      });
    }
    if (event.place === null && event.precision !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: 'precision is set on a timeline-only event; remove it',
      });
    }
    const onBorder = event.place !== null && 'border' in event.place;
    if (onBorder !== (event.precision === 'border')) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `got ${quote(event.precision)}; precision "border" goes with a border place, and only with one`,
      });
    }
  });

/** The events file of one analysis: `data/events/<slug>.json`. */
export const EventsFileSchema = z
  .object({
    /** Capitals and borders the map shows besides the events. */
    map: MapConfigSchema,
    /** Every event of the analysis, in any order. */
    events: z.array(EventSchema),
  })
  .strict();

export type AnalysisEvent = z.infer<typeof EventSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type EventsFile = z.infer<typeof EventsFileSchema>;

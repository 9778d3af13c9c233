import { z } from 'astro/zod';
import { EntitySchema } from './entity';
import { EventDateSchema } from './event-date';
import { HedgesSchema } from './hedge';
import { MapConfigSchema } from './map';
import { PlaceSchema, placeKind, precisionsFor, PRECISIONS } from './place';
import { IdSchema } from './shared';

export { DATE_RELATIONS, type DateRelation, type EventDate } from './event-date';
export { HEDGES, type Hedge } from './hedge';
export { PRECISIONS, type Precision } from './place';

const quote = (value: unknown) => JSON.stringify(value);

/** What sort of event: sets the marker's shape and colour. `infrastructure`: a dam, port, fence, pipeline or road. */
export const KINDS = [
  'diplomacy',
  'clash',
  'humanitarian',
  'economy',
  'security',
  'history',
  'infrastructure',
] as const;
export type EventKind = (typeof KINDS)[number];

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
    place: PlaceSchema,
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
    /** How the article hedges the report, when it does: one hedge or a list, as strong as the source's. */
    hedge: HedgesSchema,
    /** Who says so, as the article attributes it, e.g. "Pakistani government sources speaking anonymously". */
    attribution: z
      .string()
      .trim()
      .min(1, 'the attribution is empty; say who says so, e.g. "the Taliban said", or remove it')
      .optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.place === null && !event.timelineOnly) {
      // One thing to do, whatever else is set: an event without a place is timeline-only.
      ctx.addIssue({
        code: 'custom',
        path: ['timelineOnly'],
        message: `with "place": null the event is shown on the timeline only; set "timelineOnly": true${event.precision === undefined ? '' : ' and remove "precision"'} (or give the place, if the reporting names one)`,
      });
      return;
    }
    if (event.place !== null && event.timelineOnly) {
      ctx.addIssue({
        code: 'custom',
        path: ['timelineOnly'],
        message:
          'a place is given, so the event is on the map; set "timelineOnly": false (or "place": null if the reporting names no place)',
      });
    }
    if (event.place !== null && event.precision === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `say how well the place is known: ${precisionsFor(event.place)
          .map((p) => quote(p))
          .join(', ')}`,
      });
    }
    if (event.place === null && event.precision !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: 'a timeline-only event has no place, so no precision; remove "precision"',
      });
    }
    const allowed = precisionsFor(event.place);
    if (event.place !== null && event.precision !== undefined && !allowed.includes(event.precision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `${placeKind(event.place)} takes ${allowed.map((p) => quote(p)).join(' or ')}`,
      });
    }
    if (event.precision === 'approximate' && event.place && !/\bapproximate\b/i.test(event.place.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['place', 'name'],
        message: `an approximate place says so in its name, e.g. "${event.place.name} (approximate)"`,
      });
    }
    for (const hedge of ['anonymous-sources', 'disputed'] as const) {
      if (event.hedge.includes(hedge) && event.attribution === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['attribution'],
          message: `the hedge "${hedge}" needs an attribution: say ${hedge === 'disputed' ? 'who disputes or denies it' : 'whose sources these are'}, e.g. "${hedge === 'disputed' ? 'the NRF denied it' : 'Pakistani government sources speaking anonymously'}"`,
        });
      }
    }
  });

/** The fields of the events file of one analysis, `data/events/<slug>.json`. */
export const EventsFileFields = z
  .object({
    /** Capitals and borders the map shows besides the events. */
    map: MapConfigSchema,
    /** Every event of the analysis, in any order. */
    events: z.array(EventSchema),
  })
  .strict();

/** True for a key that is a note to editors: JSON has no comments, so `"//": "…"` or `"//date": "…"` stand in. */
export const isCommentKey = (key: string) => key.startsWith('//');

/** The value with every comment key removed, at every depth. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isCommentKey(key))
      .map(([key, inner]) => [key, withoutComments(inner)]),
  );
}

/** The events file of one analysis, read without its comment keys. */
export const EventsFileSchema = z.preprocess(withoutComments, EventsFileFields);

export type AnalysisEvent = z.infer<typeof EventSchema>;
export type EventsFile = z.infer<typeof EventsFileSchema>;

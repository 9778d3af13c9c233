import { z } from 'astro/zod';

const quote = (value: unknown) => JSON.stringify(value);

/**
 * Every way the reporting hedges a claim: "reported", "rumoured", "anonymous-sources",
 * "disputed" (disputed or denied), "labelled" (a characterisation attributed to no one) and
 * "appears" (an inference).
 */
export const HEDGES = ['reported', 'rumoured', 'anonymous-sources', 'disputed', 'labelled', 'appears'] as const;
export type Hedge = (typeof HEDGES)[number];

const HedgeSchema = z.enum(HEDGES, { error: (issue) => `got ${quote(issue.input)}; use one of ${HEDGES.join(', ')}` });

/** One hedge or a list of them; read as a list, empty when the report is not hedged. */
export const HedgesSchema = z.preprocess(
  (value) => (value === undefined ? [] : typeof value === 'string' ? [value] : value),
  z.array(HedgeSchema).refine((list) => new Set(list).size === list.length, {
    error: (issue) => `got ${quote(issue.input)}; name each hedge once`,
  }),
);

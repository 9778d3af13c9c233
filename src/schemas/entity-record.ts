import { z } from 'astro/zod';
import { EDITIONS, type EditionCode } from '../lib/i18n/editions';
import { CountryCodeSchema } from './entity';

/** What an actor is; a state is also a country on the map. */
export const ENTITY_KINDS = ['state', 'government', 'armed-group', 'organisation', 'person'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const name = (language: string) => z.string().trim().min(1, `write the actor's name in ${language}`);

/** The actor's name in every edition of the registry, each required. */
const NamesSchema = z
  .object(
    Object.fromEntries(EDITIONS.map((edition) => [edition.code, name(edition.englishName)])) as Record<
      EditionCode,
      ReturnType<typeof name>
    >,
  )
  .strict();

/**
 * One actor of the registry, `data/entities/<id>.json`: the file's name is the id analyses use
 * (`iran.json` for `entities: [iran]`). Names are the ones each edition prints.
 */
export const EntityRecordSchema = z
  .object({
    kind: z.enum(ENTITY_KINDS, {
      error: (issue) => `got ${JSON.stringify(issue.input)}; use one of ${ENTITY_KINDS.join(', ')}`,
    }),
    /** For a state: its ISO 3166-1 alpha-3 code, which ties it to its shape and borders on the map. */
    country: CountryCodeSchema.optional(),
    names: NamesSchema,
  })
  .strict()
  .refine((record) => (record.kind === 'state') === (record.country !== undefined), {
    path: ['country'],
    message: 'a state names its ISO alpha-3 country code, e.g. "IRN"; any other actor names none',
  });

export type EntityRecord = z.infer<typeof EntityRecordSchema>;

/** An actor with its id. */
export interface Actor extends EntityRecord {
  id: string;
}

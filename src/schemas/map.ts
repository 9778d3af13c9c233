import { z } from 'astro/zod';
import { CountryCodeSchema } from './entity';
import { BorderIdSchema, CoordinatesSchema, IdSchema } from './shared';

/** A capital labelled on the map. */
export const CapitalSchema = z
  .object({
    /** The city's name as the article writes it. */
    name: z.string().trim().min(1, 'the capital has no name'),
    /** The country it is the capital of (ISO alpha-3). */
    country: CountryCodeSchema,
    /** [longitude, latitude] in degrees. */
    coordinates: CoordinatesSchema,
  })
  .strict();

/** A border drawn as a line of its own that links to the passage about it. */
export const BorderSchema = z
  .object({
    /** Two ISO alpha-3 codes in alphabetical order, e.g. "AFG-PAK". */
    id: BorderIdSchema,
    /** The border's name as the article uses it, e.g. "the Durand Line". */
    name: z.string().trim().min(1, 'the border has no name'),
    /** Id of the passage the border links to. */
    passage: IdSchema,
    /** A short note shown with the border, e.g. on its legal status. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

/** What the map of an analysis shows besides its events. */
export const MapConfigSchema = z
  .object({
    /** Capitals to label; the first is where distances to off-map places are measured from. */
    capitals: z.array(CapitalSchema).min(1, 'list at least one capital; the first is where off-map distances start'),
    /** Borders drawn as links to their passages. */
    borders: z.array(BorderSchema),
  })
  .strict();

export type Capital = z.infer<typeof CapitalSchema>;
export type Border = z.infer<typeof BorderSchema>;
export type MapConfig = z.infer<typeof MapConfigSchema>;

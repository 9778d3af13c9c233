import { z } from 'astro/zod';
import { CorrectionSchema, dateField } from './analysis';
import { BorderIdSchema, IdSchema } from './shared';

const text = (what: string) => z.string().trim().min(1, `${what} is empty; translate it`);

/** Frontmatter of a translated edition, `content/editions/<code>/<slug>.mdx`; the rest comes from the English. */
export const EditionFrontmatterSchema = z
  .object({
    /** The headline, translated. */
    title: text('the title'),
    /** The standfirst, translated. */
    dek: text('the dek'),
    /** Who signs it, crediting the translation. */
    byline: text('the byline'),
    /** The date of the English version this edition translates (its latest correction or update). */
    follows: dateField('follows'),
    /** The English corrections' `wrong` and `right`, translated, in the same order. */
    corrections: z.array(z.object({ wrong: text('wrong'), right: text('right') }).strict()).default([]),
    /**
     * Log entries of this edition alone, in full and oldest first: a fix to the translation's
     * own words, or the translation catching up with an English change (an "update"). The
     * earlier wording, in the edition's language, is quoted in `wrong`: `earlier` is the English's.
     */
    ownEntries: z.array(CorrectionSchema.omit({ earlier: true }).strict()).default([]),
  })
  .strict();

/** An event's reader-facing words in an edition. */
const EventTextSchema = z
  .object({
    title: text('the title'),
    /** The date as the text says it (the English `date.label`), translated. */
    date: text('the date'),
    /** The place's name; absent when the English event has no place. */
    place: text('the place').optional(),
    /** Who says so; present exactly when the English event has an attribution. */
    attribution: text('the attribution').optional(),
  })
  .strict();

/** The reader-facing words of an analysis's events and map in an edition, `data/editions/<code>/<slug>.json`. */
export const EditionTextSchema = z
  .object({
    map: z
      .object({
        /** Each English capital's name → its name in the edition. */
        capitals: z.record(z.string(), text('the capital')),
        /** Each drawn border's id → its name (and note) in the edition. */
        borders: z.record(
          BorderIdSchema,
          z.object({ name: text('the name'), note: text('the note').optional() }).strict(),
        ),
      })
      .strict(),
    /** Each English event's id → its words in the edition. */
    events: z.record(IdSchema, EventTextSchema),
  })
  .strict();

export type EditionFrontmatter = z.infer<typeof EditionFrontmatterSchema>;
export type EditionText = z.infer<typeof EditionTextSchema>;

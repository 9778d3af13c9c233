import { z } from 'astro/zod';
import { TRANSLATIONS, type TranslationCode } from '../lib/i18n/editions';
import { CountryCodeSchema } from './entity';

/** A schema for each translated edition, by its code: one word per edition. */
const perTranslation = <T extends z.ZodType>(make: (language: string) => T) =>
  Object.fromEntries(TRANSLATIONS.map((edition) => [edition.code, make(edition.englishName)])) as Record<
    TranslationCode,
    T
  >;

const word = (language: string) => z.string().trim().min(1, `write the term as the ${language} edition spells it`);

/**
 * One term of `content/glossary.json`: a name, acronym or recurring term of the analyses, and the
 * one spelling each translated edition gives it (a field named by the edition's code, required).
 */
export const TermSchema = z
  .object({
    /** Names the term in messages: lowercase words joined by hyphens, e.g. "uae". */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, {
      error: (issue) =>
        `got ${JSON.stringify(issue.input)}; a term's id is lowercase words joined by hyphens, e.g. "uae"`,
    }),
    /** Every spelling the English uses for it; the first is its full English name. */
    en: z
      .array(z.string().trim().min(1, 'write the English spelling'))
      .min(1, 'list the English spellings of the term'),
    ...perTranslation(word),
    /** What a translator needs besides the one spelling: other cases, the full form, when to spell it out. */
    note: z.string().optional(),
    /**
     * For a country: its ISO 3166-1 alpha-3 code. Every map of an edition then names the country
     * by this term's word (or its `direct` form), as the edition's text does, before CLDR's name.
     */
    country: CountryCodeSchema.optional(),
    /**
     * For a river or lake: its name in Natural Earth, as the map's data has it (data/geo/water.json,
     * e.g. "Helmand"). Every map of an edition then names it by this term's word, and the English
     * map by the term's first English spelling, where the map finds room for the name.
     */
    water: z.string().trim().min(1, 'give the river’s or lake’s name as Natural Earth has it').optional(),
    /**
     * Where an edition's word is in the oblique case, as its sentences need it (Pashto روسیې): the
     * name standing alone, in the direct case (روسیه), which a map label writes. Only a country's.
     */
    direct: z
      .object(perTranslation((language) => word(language).optional()))
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((term, context) => {
    if (term.water !== undefined && term.country !== undefined) {
      const message = 'a term names a country or a river or lake, not both: keep one of "country" and "water"';
      context.addIssue({ code: 'custom', path: ['water'], message });
    }
    if (term.direct && term.country === undefined) {
      const message =
        'only a country gives its direct form, for its map label: add its "country" code, or remove "direct"';
      context.addIssue({ code: 'custom', path: ['direct'], message });
    }
    for (const [code, direct] of Object.entries(term.direct ?? {})) {
      if (direct !== term[code as TranslationCode]) continue;
      const message = `the same as "${code}": remove it; the map writes "${code}" where no direct form is given`;
      context.addIssue({ code: 'custom', path: ['direct', code], message });
    }
  });

/** `content/glossary.json`: the one spelling each edition uses for every term of the analyses. */
export const GlossarySchema = z
  .object({
    /** What the file is, for whoever opens it. */
    '//': z.string().optional(),
    terms: z.array(TermSchema),
  })
  .strict();

export type Term = z.infer<typeof TermSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;

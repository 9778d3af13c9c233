import { AnalysisSchema, CorrectionSchema } from '../../schemas/analysis';
import { EventDateSchema } from '../../schemas/event-date';
import { EditionFrontmatterSchema, EditionTextSchema } from '../../schemas/edition';
import { EventSchema, EventsFileFields } from '../../schemas/event';
import { BorderSchema, CapitalSchema, MapConfigSchema } from '../../schemas/map';
import { BorderPlaceSchema, CountryPlaceSchema, PointPlaceSchema } from '../../schemas/place';

/** Every field name the content files may use, for "did you mean" when a name is misspelt. */
export const KNOWN_FIELDS: readonly string[] = [
  ...new Set(
    [
      AnalysisSchema,
      CorrectionSchema,
      EventsFileFields,
      EventSchema,
      EventDateSchema,
      PointPlaceSchema,
      BorderPlaceSchema,
      CountryPlaceSchema,
      MapConfigSchema,
      CapitalSchema,
      BorderSchema,
    ].flatMap((schema) => Object.keys(schema.shape)),
  ),
  'from',
  'to',
];

/** Every field name a translated edition's files may use. */
export const KNOWN_EDITION_FIELDS: readonly string[] = [
  ...new Set([
    ...Object.keys(EditionFrontmatterSchema.shape),
    ...Object.keys(EditionTextSchema.shape),
    ...Object.keys(CorrectionSchema.shape),
    'capitals',
    'borders',
    'wrong',
    'right',
    'name',
    'note',
    'title',
    'date',
    'place',
    'attribution',
  ]),
];

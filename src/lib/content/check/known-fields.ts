import { AnalysisSchema, CorrectionSchema } from '../../../schemas/analysis';
import { EventDateSchema } from '../../../schemas/event-date';
import { EventSchema, EventsFileFields } from '../../../schemas/event';
import { BorderSchema, CapitalSchema, MapConfigSchema } from '../../../schemas/map';
import { BorderPlaceSchema, CountryPlaceSchema, PointPlaceSchema } from '../../../schemas/place';

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

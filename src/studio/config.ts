import type { CmsConfig } from '@sveltia/cms';
import { ENTRY_KINDS } from '../schemas/analysis';
import { ENTITY_KINDS } from '../schemas/entity-record';
import { DATE_RELATIONS, HEDGES, KINDS, PRECISIONS } from '../schemas/event';
import { ORIGINAL, TRANSLATIONS } from '../lib/i18n/editions';
import { ANALYSES_FOLDER, EDITIONS_FOLDERS, ENTITIES_FOLDER, EVENTS_FOLDER, GLOSSARY_FILE } from '../lib/content/paths';

/** A field of the configuration (Sveltia CMS's own types are too narrow for custom fields). */
type Field = Record<string, unknown> & { name: string };

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }));

/** A log entry's fields, with the English `earlier` where the edition's own entries have none. */
const entryFields = (withEarlier: boolean): Field[] => [
  {
    name: 'date',
    label: 'Date',
    widget: 'string',
    hint: 'The day the change was published: YYYY-MM-DD.',
    pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'Write the day as YYYY-MM-DD, e.g. 2026-12-07.'],
  },
  {
    name: 'kind',
    label: 'Kind',
    widget: 'select',
    options: options(ENTRY_KINDS),
    required: false,
    hint: 'Left empty, the entry is a correction.',
  },
  {
    name: 'passage',
    label: 'Passage',
    widget: 'string',
    hint: 'The id of the passage or section that changed, or headline, dek or map.',
  },
  {
    name: 'events',
    label: 'Other events it touched',
    widget: 'list',
    required: false,
    hint: 'Event ids, separated by commas.',
  },
  { name: 'wrong', label: 'What was wrong', widget: 'text' },
  { name: 'right', label: 'What is right', widget: 'text' },
  ...(withEarlier
    ? [{ name: 'earlier', label: 'Earlier wording', widget: 'text', required: false } satisfies Field]
    : []),
];

/** The translated words of each English log entry, in the same order. */
const translatedEntryFields: Field[] = [
  { name: 'wrong', label: 'What was wrong', widget: 'text' },
  { name: 'right', label: 'What is right', widget: 'text' },
];

const BODY_HINT =
  'The analysis itself: <Section> and <Passage id="…"> blocks, <Place to="…"> links and pull quotes, as in the files. Ids never change once published.';

/** Where a new entry of each collection that can make one will be written, by its slug. */
export const NEW_ENTRY_PATHS: Record<string, (slug: string) => string> = {
  analyses: (slug) => `${ANALYSES_FOLDER}/${slug}.mdx`,
  events: (slug) => `${EVENTS_FOLDER}/${slug}.json`,
  actors: (slug) => `${ENTITIES_FOLDER}/${slug}.json`,
};

/**
 * The studio's configuration: one collection for each kind of file an analysis is made of, with
 * every field the schemas allow and their allowed values taken from the schemas themselves.
 * Sveltia CMS's test backend keeps the files in the browser; the bridge (./bridge.ts) writes each
 * save into the project.
 */
export const studioConfig = (): CmsConfig => ({
  load_config_file: false,
  backend: { name: 'test-repo' },
  app_title: 'Borderlines studio',
  media_folder: 'public/media',
  editor: { preview: true },
  output: { omit_empty_optional_fields: true, json: { indent_style: 'space', indent_size: 2 } },
  i18n: {
    structure: 'multiple_folders',
    locales: TRANSLATIONS.map(({ code }) => code),
    default_locale: TRANSLATIONS[0].code,
  },
  collections: [
    {
      name: 'analyses',
      label: 'Analyses',
      label_singular: 'Analysis',
      description: `The English original of each analysis: one MDX file each in ${ANALYSES_FOLDER}.`,
      folder: ANALYSES_FOLDER,
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
      identifier_field: 'title',
      summary: '{{title}}',
      fields: [
        { name: 'title', label: 'Headline', widget: 'string' },
        { name: 'dek', label: 'Standfirst', widget: 'text' },
        { name: 'published', label: 'First published', widget: 'string', hint: 'YYYY-MM-DD' },
        {
          name: 'updated',
          label: 'Last substantive update',
          widget: 'string',
          required: false,
          hint: 'YYYY-MM-DD; not before the first publication.',
        },
        { name: 'byline', label: 'Byline', widget: 'string', default: 'Borderlines analysis' },
        {
          name: 'region',
          label: 'Countries on the map',
          widget: 'list',
          hint: 'ISO 3166-1 alpha-3 codes, the focus first, e.g. AFG.',
        },
        { name: 'entities', label: 'Actors', widget: 'list', hint: 'Ids from the actors registry.' },
        {
          name: 'period',
          label: 'Period',
          widget: 'object',
          fields: [
            { name: 'from', label: 'From', widget: 'string', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
            { name: 'to', label: 'To', widget: 'string', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
            { name: 'label', label: 'As the timeline heads it', widget: 'string' },
          ],
        },
        { name: 'corrections', label: 'Log of changes', widget: 'log', required: false, fields: entryFields(true) },
        { name: 'body', label: 'Text', widget: 'text', hint: BODY_HINT },
      ],
    },
    {
      name: 'editions',
      label: 'Editions',
      label_singular: 'Edition',
      description: `Each analysis in ${TRANSLATIONS.map(({ englishName }) => englishName).join(' and ')} (in ${EDITIONS_FOLDERS.mdx}, a folder for each language). Translators: the translations page sets each passage beside the English.`,
      folder: EDITIONS_FOLDERS.mdx,
      extension: 'mdx',
      format: 'frontmatter',
      create: false,
      i18n: true,
      identifier_field: 'title',
      summary: '{{title}}',
      fields: [
        { name: 'title', label: 'Headline', widget: 'string', i18n: true },
        { name: 'dek', label: 'Standfirst', widget: 'text', i18n: true },
        { name: 'byline', label: 'Byline', widget: 'string', i18n: true },
        {
          name: 'follows',
          label: 'Follows the English of',
          widget: 'string',
          i18n: true,
          hint: 'YYYY-MM-DD: the date of the English version translated.',
        },
        {
          name: 'corrections',
          label: 'The English log, translated',
          widget: 'list',
          required: false,
          i18n: true,
          fields: translatedEntryFields,
        },
        {
          name: 'ownEntries',
          label: 'Entries of this edition alone',
          widget: 'log',
          required: false,
          i18n: true,
          fields: entryFields(false),
        },
        { name: 'body', label: 'Text', widget: 'text', i18n: true, hint: BODY_HINT },
      ],
    },
    {
      name: 'events',
      label: 'Events and map',
      label_singular: 'Events and map',
      description: `The events of each analysis and what its map draws (one JSON file each in ${EVENTS_FOLDER}).`,
      folder: EVENTS_FOLDER,
      extension: 'json',
      format: 'json',
      create: true,
      identifier_field: 'map.capitals.0.name',
      summary: '{{slug}}',
      fields: [
        {
          name: 'map',
          label: 'Map',
          widget: 'object',
          fields: [
            {
              name: 'capitals',
              label: 'Capitals',
              widget: 'list',
              fields: [
                { name: 'name', label: 'Name', widget: 'string' },
                { name: 'country', label: 'Country (ISO alpha-3)', widget: 'string' },
                {
                  name: 'coordinates',
                  label: 'Longitude, latitude',
                  widget: 'list',
                  field: { name: 'degree', label: 'Degrees', widget: 'number', value_type: 'float' },
                },
              ],
            },
            {
              name: 'borders',
              label: 'Borders drawn as links',
              widget: 'list',
              fields: [
                {
                  name: 'id',
                  label: 'Border',
                  widget: 'string',
                  hint: 'Two ISO alpha-3 codes in alphabetical order, e.g. AFG-PAK.',
                },
                { name: 'name', label: 'Name', widget: 'string' },
                { name: 'passage', label: 'Passage', widget: 'string' },
                { name: 'note', label: 'Note', widget: 'text', required: false },
              ],
            },
          ],
        },
        {
          name: 'events',
          label: 'Events',
          label_singular: 'Event',
          widget: 'list',
          summary: '{{fields.title}}',
          fields: [
            {
              name: 'id',
              label: 'Id',
              widget: 'string',
              hint: 'Lowercase words joined by hyphens; never changed once published.',
            },
            {
              name: 'title',
              label: 'Title',
              widget: 'string',
              hint: 'A short headline that keeps the article’s hedge.',
            },
            {
              name: 'date',
              label: 'When',
              widget: 'object',
              fields: [
                {
                  name: 'iso',
                  label: 'Date the reporting gives',
                  widget: 'string',
                  required: false,
                  hint: 'YYYY, YYYY-MM or YYYY-MM-DD; 18XX or 189X for a century or decade. Never a day, month or year the reporting does not give.',
                },
                {
                  name: 'relative',
                  label: 'Or, undated',
                  widget: 'select',
                  options: options(DATE_RELATIONS),
                  required: false,
                  hint: 'recently: shortly before publication; after: after another event; undated; ahead: a claim about the future.',
                },
                { name: 'after', label: 'After which event', widget: 'string', required: false },
                { name: 'label', label: 'The date in the article’s words', widget: 'string' },
              ],
            },
            { name: 'place', label: 'Where', widget: 'place', required: false },
            { name: 'timelineOnly', label: 'On the timeline only (no place)', widget: 'boolean', default: false },
            {
              name: 'precision',
              label: 'How precisely the place is known',
              widget: 'select',
              options: options(PRECISIONS),
              required: false,
            },
            { name: 'kind', label: 'Kind', widget: 'select', options: options(KINDS) },
            { name: 'entities', label: 'Actors', widget: 'list' },
            { name: 'passage', label: 'Passage that tells it', widget: 'string' },
            {
              name: 'hedge',
              label: 'Hedges',
              widget: 'select',
              multiple: true,
              options: options(HEDGES),
              required: false,
              hint: 'As strong as the source’s, no stronger, no weaker.',
            },
            {
              name: 'attribution',
              label: 'Who says so',
              widget: 'string',
              required: false,
              hint: 'Needed with anonymous-sources and disputed.',
            },
          ],
        },
      ],
    },
    {
      name: 'edition-words',
      label: 'Editions’ event and map words',
      label_singular: 'Event and map words',
      description: `The words of events and map in each edition (in ${EDITIONS_FOLDERS.json}), keyed by the English.`,
      folder: EDITIONS_FOLDERS.json,
      extension: 'json',
      format: 'json',
      create: false,
      i18n: true,
      identifier_field: 'map',
      summary: '{{slug}}',
      fields: [
        { name: 'map', label: 'Map', widget: 'keyed', i18n: true },
        { name: 'events', label: 'Events', widget: 'keyed', i18n: true },
      ],
    },
    {
      name: 'actors',
      label: 'Actors',
      label_singular: 'Actor',
      description: `The registry of actors (one JSON file each in ${ENTITIES_FOLDER}): states, governments, armed groups, organisations and people.`,
      folder: ENTITIES_FOLDER,
      extension: 'json',
      format: 'json',
      create: true,
      identifier_field: 'names.en',
      summary: '{{names.en}}',
      fields: [
        { name: 'kind', label: 'Kind', widget: 'select', options: options(ENTITY_KINDS) },
        {
          name: 'country',
          label: 'Country (ISO alpha-3)',
          widget: 'string',
          required: false,
          hint: 'For a state only, e.g. IRN.',
        },
        {
          name: 'names',
          label: 'Names',
          widget: 'object',
          fields: [ORIGINAL, ...TRANSLATIONS].map(({ code, englishName }) => ({
            name: code,
            label: englishName,
            widget: 'string',
          })),
        },
      ],
    },
    {
      name: 'glossary',
      label: 'Glossary',
      files: [
        {
          name: 'glossary',
          label: 'Glossary',
          file: GLOSSARY_FILE,
          fields: [
            { name: '//', label: 'About this file', widget: 'hidden' },
            {
              name: 'terms',
              label: 'Terms',
              widget: 'list',
              summary: '{{fields.id}}',
              fields: [
                { name: 'id', label: 'Id', widget: 'string' },
                { name: 'en', label: 'English spellings', widget: 'list' },
                ...TRANSLATIONS.map(({ code, englishName }) => ({ name: code, label: englishName, widget: 'string' })),
                { name: 'note', label: 'Note for translators', widget: 'text', required: false },
                { name: 'country', label: 'Country (ISO alpha-3)', widget: 'string', required: false },
                {
                  name: 'direct',
                  label: 'Name standing alone, for map labels',
                  widget: 'object',
                  required: false,
                  fields: TRANSLATIONS.map(({ code, englishName }) => ({
                    name: code,
                    label: englishName,
                    widget: 'string',
                    required: false,
                  })),
                },
              ],
            },
          ],
        },
      ],
    },
  ] as CmsConfig['collections'],
});

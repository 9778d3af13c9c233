/**
 * Where the content lives, relative to the project: `.` for the site, or a fixture site under
 * `tests/fixtures/` when BORDERLINES_CONTENT_ROOT says so (the tests build those through the
 * same code).
 */
export const contentRoot = (): string => process.env.BORDERLINES_CONTENT_ROOT ?? '.';

// Where each kind of file lives under the content root: the one place these folders are named.

/** The folders that hold everything an editor writes, and nothing else. */
export const CONTENT_TOP_FOLDERS = ['content', 'data'];

/** One MDX file per analysis, `<slug>.mdx`. */
export const ANALYSES_FOLDER = 'content/analyses';

/** The events and map of each analysis, `<slug>.json`. */
export const EVENTS_FOLDER = 'data/events';

/** The registry of actors, one `<id>.json` each. */
export const ENTITIES_FOLDER = 'data/entities';

/** How each edition writes every name, acronym and recurring term. */
export const GLOSSARY_FILE = 'content/glossary.json';

/** The record of what readers were shown of every published analysis, written by `npm run publish`. */
export const PUBLISHED_FILE = 'content/published.lock.json';

/** The translated editions: their MDX beside the originals, their words for events and map beside the events. */
export const EDITIONS_FOLDERS = { mdx: 'content/editions', json: 'data/editions' } as const;

/** Where one edition's files live: `content/editions/<code>/<slug>.mdx` and `data/editions/<code>/<slug>.json`. */
export const editionFolders = (code: string) => ({
  mdx: `${EDITIONS_FOLDERS.mdx}/${code}`,
  json: `${EDITIONS_FOLDERS.json}/${code}`,
});

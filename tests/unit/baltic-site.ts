import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';
import { checkSite } from '../../src/lib/check/check-site';
import { formatProblem } from '../../src/lib/content/errors';
import { worldAtlas } from '../../src/lib/geo/atlas';
import { buildMapModel } from '../../src/lib/geo/map-model';
import { langFor } from '../../src/lib/i18n/lang';
import { editionWaterNames } from '../../src/lib/load/glossary';

// The Baltic fixture site, checked by the build's own content check without building it: a
// test changes one thing in its files and reads the lines the editor would get.
export const ROOT = 'tests/fixtures/sites/baltic';
export const BALTIC_FILES = {
  analysis: `${ROOT}/content/analyses/baltic-fixture.mdx`,
  events: `${ROOT}/data/events/baltic-fixture.json`,
  /** Its Dari edition. */
  edition: `${ROOT}/content/editions/fa/baltic-fixture.mdx`,
  editionWords: `${ROOT}/data/editions/fa/baltic-fixture.json`,
};

const mdx = readFileSync(BALTIC_FILES.analysis, 'utf8');
const eventsJson = readFileSync(BALTIC_FILES.events, 'utf8');
const editionMdx = readFileSync(BALTIC_FILES.edition, 'utf8');
const editionJson = readFileSync(BALTIC_FILES.editionWords, 'utf8');

/** The events file as an editor writes it, before any schema has read it. */
export interface RawEventsFile {
  map: Record<string, unknown>;
  events: (Record<string, unknown> & { place: Record<string, unknown> | null })[];
}

/** An edition's words for the events and map, as the translator writes them. */
export interface RawEditionWords {
  map: { capitals: Record<string, string>; borders: Record<string, { name: string; note?: string }> };
  events: Record<string, Record<string, string>>;
}

/** One change to the fixture: to its frontmatter, its MDX body, its events file, or their raw text. */
export interface BalticEdit {
  frontmatter?: (data: Record<string, unknown>) => void;
  body?: (body: string) => string;
  events?: (file: RawEventsFile) => void;
  /** Replaces a file's text outright, for syntax errors. */
  text?: { analysis?: (text: string) => string; events?: (text: string) => string };
  /** Changes to the Dari edition: its MDX text, its words as parsed JSON, or leaves out one of its files. */
  edition?: {
    mdx?: (text: string) => string;
    words?: (words: RawEditionWords) => void;
    without?: 'mdx' | 'words' | 'both';
  };
  /** Changes to the registry of actors: each file's text by its name ("eu.json"); a deleted name leaves the file out. */
  actors?: (files: Map<string, string>) => void;
}

/** YAML reads JSON, so an edited frontmatter is written back as JSON (dates as YYYY-MM-DD). */
function writeMdx(frontmatter: Record<string, unknown>, body: string): string {
  const json = JSON.stringify(frontmatter, (_, value) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value,
  );
  return `---\n${json}\n---\n${body}`;
}

/** The fixture's two files with one edit applied, as the content check reads them from disk. */
export function balticFiles(edit: BalticEdit = {}) {
  let analysis = mdx;
  if (edit.frontmatter || edit.body) {
    const parsed = parseFrontmatter(mdx);
    const data = parsed.frontmatter as Record<string, unknown>;
    edit.frontmatter?.(data);
    analysis = writeMdx(data, edit.body ? edit.body(parsed.content) : parsed.content);
  }
  let events = eventsJson;
  if (edit.events) {
    const json = JSON.parse(eventsJson) as RawEventsFile;
    edit.events(json);
    events = JSON.stringify(json, null, 2);
  }
  analysis = edit.text?.analysis?.(analysis) ?? analysis;
  events = edit.text?.events?.(events) ?? events;
  const words = JSON.parse(editionJson) as RawEditionWords;
  edit.edition?.words?.(words);
  const files = {
    analysis,
    events,
    edition: edit.edition?.mdx?.(editionMdx) ?? editionMdx,
    editionWords: JSON.stringify(words, null, 2),
  };
  const without = edit.edition?.without;
  const left = [
    without === 'mdx' || without === 'both' ? 'edition' : '',
    without === 'words' || without === 'both' ? 'editionWords' : '',
  ];
  return [
    ...(Object.keys(files) as (keyof typeof files)[])
      .filter((kind) => !left.includes(kind))
      .map((kind) => ({ path: BALTIC_FILES[kind], bytes: new TextEncoder().encode(files[kind]) })),
    ...actorFiles(edit.actors),
  ];
}

/** The fixture's registry of actors, as it is on disk, with one edit applied. */
function actorFiles(edit?: BalticEdit['actors']) {
  const folder = `${ROOT}/data/entities`;
  const files = new Map(readdirSync(folder).map((name) => [name, readFileSync(`${folder}/${name}`, 'utf8')]));
  edit?.(files);
  return [...files].map(([name, text]) => ({ path: `${folder}/${name}`, bytes: new TextEncoder().encode(text) }));
}

/** Where the fixture's record of what readers were shown would live. */
export const BALTIC_PUBLISHED = `${ROOT}/content/published.lock.json`;

/**
 * Checks the Baltic fixture with one edit as the build does: every problem, one line each, and
 * stale translations; against a record of what readers were shown, when one is given.
 */
export function checkBaltic(edit: BalticEdit = {}, published?: unknown) {
  const record =
    published === undefined
      ? undefined
      : { path: BALTIC_PUBLISHED, bytes: new TextEncoder().encode(JSON.stringify(published)) };
  const result = checkSite(ROOT, [...balticFiles(edit), ...(record ? [record] : [])], worldAtlas().countries);
  return {
    lines: result.problems.map(formatProblem),
    stale: result.stale.map(formatProblem),
    checked: result.checked,
    editions: result.bySlug,
  };
}

/** The map the page draws from the unbroken fixture (placing its labels takes a few seconds). */
export function balticMapModel() {
  const checked = checkBaltic().checked[0]!;
  return buildMapModel({
    slug: 'baltic-fixture',
    lang: langFor('en'),
    countryNames: new Map(),
    waterNames: editionWaterNames('en', ROOT),
    region: checked.analysis.region,
    map: checked.map,
    events: checked.events,
    readingOrder: checked.outline.passages.map((passage) => passage.id),
    ...worldAtlas(),
    frame: checked.frame,
  });
}

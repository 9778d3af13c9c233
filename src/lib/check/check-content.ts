import { basename, dirname, join } from 'node:path';
import { AnalysisSchema, type Analysis } from '../../schemas/analysis';
import { EventsFileSchema, type EventsFile } from '../../schemas/event';
import type { WorldTopology } from '../geo/atlas';
import { checkPlacesAgainstMap } from './check-places';
import { fitFrame, type Frame } from '../geo/frame';
import { regionBorders } from '../geo/neighbours';
import { placeNames } from '../geo/place-names';
import { countriesByCode, regionCollection } from '../geo/region';
import { ContentError, type ContentProblem } from '../content/errors';
import { ANALYSES_FOLDER, EVENTS_FOLDER } from '../content/paths';
import { linkEventsToPassages, type LinkedAnalysis } from '../content/link-events';
import { readOutline, type Outline } from '../content/passages';
import { isAnchorId, toAnchorId } from '../content/slug';
import { KNOWN_FIELDS } from './known-fields';
import { checkPlaceTags } from './place-tags';
import { decodeUtf8, parseJson, parseMdx, type Read, type SourceFile } from './read-sources';
import { schemaProblems } from './schema-problems';

/** Where each kind of content file lives, relative to the content root, and its extension. */
export const CONTENT_FOLDERS = { analysis: [ANALYSES_FOLDER, '.mdx'], events: [EVENTS_FOLDER, '.json'] } as const;

/** An events file without its analysis. */
export const orphanEventsFile = (events: string, analysis: string): ContentProblem => ({
  file: events,
  field: 'file name',
  value: basename(events),
  fix: `there is no ${analysis} for it; name the events file after its analysis`,
});

/** An analysis without its events file. */
export const missingEventsFile = (analysis: string, events: string): ContentProblem => ({
  file: events,
  field: 'file',
  value: undefined,
  fix: `create it for ${analysis}, with {"map": {"capitals": […], "borders": []}, "events": []}`,
});

interface AnalysisSource {
  analysis: Analysis;
  body: string;
}

function readAnalysis(file: SourceFile): Read<AnalysisSource> {
  const text = decodeUtf8(file);
  if (text.problems) return text;
  const mdx = parseMdx(file.path, text.value);
  if (mdx.problems) return mdx;
  const parsed = AnalysisSchema.safeParse(mdx.value.frontmatter);
  if (!parsed.success) {
    return { problems: schemaProblems(parsed.error.issues, mdx.value.frontmatter, file.path, KNOWN_FIELDS) };
  }
  return { value: { analysis: parsed.data, body: mdx.value.body } };
}

function readEvents(file: SourceFile): Read<EventsFile> {
  const text = decodeUtf8(file);
  if (text.problems) return text;
  const json = parseJson(file.path, text.value);
  if (json.problems) return json;
  const parsed = EventsFileSchema.safeParse(json.value);
  if (!parsed.success) return { problems: schemaProblems(parsed.error.issues, json.value, file.path, KNOWN_FIELDS) };
  return { value: parsed.data };
}

/** The slug a content file stands for, or the problem with its name. */
export function slugOf(path: string, extension: string): Read<string> {
  const name = basename(path);
  if (!name.endsWith(extension)) {
    return {
      problems: [
        {
          file: path,
          field: 'file name',
          value: name,
          fix: `only ${extension} files belong in ${dirname(path)}; rename it or move it elsewhere`,
        },
      ],
    };
  }
  const slug = name.slice(0, -extension.length);
  if (!isAnchorId(slug)) {
    const better = toAnchorId(slug) || 'a-readable-name';
    return {
      problems: [
        {
          file: path,
          field: 'file name',
          value: name,
          fix: `the name is the analysis's address: lowercase words joined by hyphens, e.g. ${better}${extension}`,
        },
      ],
    };
  }
  return { value: slug };
}

/** An analysis that passed every check, with what the checks worked out on the way. */
export interface CheckedAnalysis extends LinkedAnalysis {
  slug: string;
  analysis: Analysis;
  /** The MDX body, line for line as in the file. */
  body: string;
  outline: Outline;
  frame: Frame;
  files: { analysis: string; events: string };
}

/** Every check between one analysis's text, its events and its map, as the pages will need them. */
function checkAnalysis(
  slug: string,
  source: AnalysisSource,
  events: EventsFile,
  files: { analysis: string; events: string },
  topology: WorldTopology,
): ContentProblem[] | CheckedAnalysis {
  try {
    const byCode = countriesByCode(topology);
    const unknown = source.analysis.region.filter((code) => !byCode.has(code));
    if (unknown.length > 0) {
      return unknown.map((code) => ({
        file: files.analysis,
        field: 'region',
        value: code,
        fix: 'the map data has no country with this ISO alpha-3 code; check it (e.g. "AFG" for Afghanistan)',
      }));
    }
    const outline = readOutline(source.body, files.analysis);
    const neighbours = regionBorders(topology, source.analysis.region);
    const linked = linkEventsToPassages(source.analysis, outline, events, files, neighbours);
    const frame = fitFrame(regionCollection(byCode, source.analysis.region));
    checkPlacesAgainstMap(frame, byCode, source.analysis, linked, files.events);
    const places = checkPlaceTags(source.body, files.analysis, placeNames(linked.events, linked.map.borders, byCode));
    if (places.length > 0) return places;
    return { slug, analysis: source.analysis, body: source.body, outline, frame, files, ...linked };
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/**
 * Checks every content file and every reference between them, before anything is built: each
 * problem is one line naming the file, where in it, what was found and the fix. A file that
 * cannot be read is reported alone; an analysis whose two files read cleanly is then checked
 * against its events and its map.
 */
export function checkContent(
  root: string,
  files: SourceFile[],
  topology: WorldTopology,
): { problems: ContentProblem[]; checked: CheckedAnalysis[] } {
  const problems: ContentProblem[] = [];
  const checked: CheckedAnalysis[] = [];
  const analyses = new Map<string, { file: SourceFile; read: Read<AnalysisSource> }>();
  const events = new Map<string, { file: SourceFile; read: Read<EventsFile> }>();
  for (const file of files) {
    const kind = file.path.startsWith(join(root, CONTENT_FOLDERS.analysis[0])) ? 'analysis' : 'events';
    const slug = slugOf(file.path, CONTENT_FOLDERS[kind][1]);
    if (slug.problems) {
      problems.push(...slug.problems);
      continue;
    }
    if (kind === 'analysis') analyses.set(slug.value, { file, read: readAnalysis(file) });
    else events.set(slug.value, { file, read: readEvents(file) });
  }
  for (const [slug, { file, read }] of events) {
    problems.push(...(read.problems ?? []));
    if (!analyses.has(slug)) {
      problems.push(orphanEventsFile(file.path, join(root, CONTENT_FOLDERS.analysis[0], `${slug}.mdx`)));
    }
  }
  for (const [slug, { file, read }] of analyses) {
    problems.push(...(read.problems ?? []));
    const paired = events.get(slug);
    const eventsPath = join(root, CONTENT_FOLDERS.events[0], `${slug}.json`);
    if (!paired) {
      problems.push(missingEventsFile(file.path, eventsPath));
      continue;
    }
    if (read.value && paired.read.value) {
      const files = { analysis: file.path, events: eventsPath };
      const result = checkAnalysis(slug, read.value, paired.read.value, files, topology);
      if (Array.isArray(result)) problems.push(...result);
      else checked.push(result);
    }
  }
  return { problems, checked };
}

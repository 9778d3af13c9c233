import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseFrontmatter } from 'astro/markdown';
import { worldAtlas } from '../geo/atlas';
import { regionBorders } from '../geo/neighbours';
import { missingEventsFile, orphanEventsFile } from './check/check-content';
import { ContentError } from './errors';
import { linkEventsToPassages, type LinkedAnalysis } from './link-events';
import { readOutline, type Outline } from './passages';
import { contentRoot } from './root';

/** Everything a page needs to know about one analysis, checked. */
export interface LoadedAnalysis extends LinkedAnalysis {
  slug: string;
  entry: CollectionEntry<'analyses'>;
  outline: Outline;
  files: { analysis: string; events: string };
}

const eventsFileFor = (slug: string) => `${contentRoot()}/data/events/${slug}.json`.replace(/^\.\//, '');

/**
 * Loads every analysis with its events and checks them against each other. Runs once per
 * build; a broken reference throws a ContentError that names the file and the fix.
 */
export async function loadAnalyses(): Promise<LoadedAnalysis[]> {
  const [analyses, eventFiles] = await Promise.all([getCollection('analyses'), getCollection('events')]);
  const eventsBySlug = new Map(eventFiles.map((file) => [file.id, file]));
  for (const file of eventFiles) {
    if (!analyses.some((analysis) => analysis.id === file.id)) {
      throw new ContentError(orphanEventsFile(eventsFileFor(file.id), `content/analyses/${file.id}.mdx`));
    }
  }
  const loaded = analyses.map((entry): LoadedAnalysis => {
    const files = { analysis: entry.filePath ?? `content/analyses/${entry.id}.mdx`, events: eventsFileFor(entry.id) };
    const eventsFile = eventsBySlug.get(entry.id);
    if (!eventsFile) throw new ContentError(missingEventsFile(files.analysis, files.events));
    // The body line for line as in the file, so that a problem names the file's own line.
    const body = parseFrontmatter(readFileSync(files.analysis, 'utf8'), { frontmatter: 'empty-with-lines' }).content;
    const outline = readOutline(body, files.analysis);
    const neighbours = regionBorders(worldAtlas().countries, entry.data.region);
    const linked = linkEventsToPassages(entry.data, outline, eventsFile.data, files, neighbours);
    return { slug: entry.id, entry, outline, files, ...linked };
  });
  return loaded.sort((a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime());
}

/** Static paths for routes with one page or file per analysis, the analysis as their prop. */
export async function analysisPaths() {
  return (await loadAnalyses()).map((analysis) => ({ params: { slug: analysis.slug }, props: { analysis } }));
}

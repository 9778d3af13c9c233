import { getCollection, type CollectionEntry } from 'astro:content';
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
      throw new ContentError({
        file: eventsFileFor(file.id),
        field: 'file name',
        value: file.id,
        fix: `no analysis ${file.id}.mdx exists beside it in content/analyses; name the events file after its analysis`,
      });
    }
  }
  const loaded = analyses.map((entry): LoadedAnalysis => {
    const files = { analysis: entry.filePath ?? `content/analyses/${entry.id}.mdx`, events: eventsFileFor(entry.id) };
    const eventsFile = eventsBySlug.get(entry.id);
    if (!eventsFile) {
      throw new ContentError({
        file: files.events,
        field: 'file',
        value: null,
        fix: `create it with {"events": []} (and the analysis's events) for ${files.analysis}`,
      });
    }
    const outline = readOutline(entry.body ?? '', files.analysis);
    const linked = linkEventsToPassages(entry.data, outline, eventsFile.data, files);
    return { slug: entry.id, entry, outline, files, ...linked };
  });
  return loaded.sort((a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime());
}

/** Static paths for routes with one page or file per analysis, the analysis as their prop. */
export async function analysisPaths() {
  return (await loadAnalyses()).map((analysis) => ({ params: { slug: analysis.slug }, props: { analysis } }));
}

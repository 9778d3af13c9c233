import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { worldAtlas } from '../geo/atlas';
import { regionBorders } from '../geo/neighbours';
import { missingEventsFile, orphanEventsFile } from '../check/check-content';
import { ContentError } from '../content/errors';
import { linkEventsToPassages } from '../content/link-events';
import { bodyLineForLine } from '../content/mdx-body';
import { readOutline } from '../content/passages';
import { cacheKeys } from '../content/cache-keys';
import { rendersAnalysis } from '../build/slice';
import { ANALYSES_FOLDER, contentRoot, EDITIONS_FOLDERS, EVENTS_FOLDER } from '../content/paths';
import { allLangs, langFor } from '../i18n/lang';
import { TRANSLATIONS } from '../i18n/editions';
import { localize } from './localize';
import type { LoadedAnalysis } from './loaded-analysis';

/** An MDX file's body line for line as in the file, so that a problem names the file's own line. */
const bodyOf = (file: string) => bodyLineForLine(readFileSync(file, 'utf8'));

const eventsFileFor = (slug: string) => `${contentRoot()}/${EVENTS_FOLDER}/${slug}.json`.replace(/^\.\//, '');

/**
 * Loads every analysis with its events and checks them against each other. Runs once per
 * build; a broken reference throws a ContentError that names the file and the fix.
 */
export async function loadAnalyses(): Promise<LoadedAnalysis[]> {
  const [analyses, eventFiles] = await Promise.all([getCollection('analyses'), getCollection('events')]);
  const eventsBySlug = new Map(eventFiles.map((file) => [file.id, file]));
  for (const file of eventFiles) {
    if (!analyses.some((analysis) => analysis.id === file.id)) {
      throw new ContentError(orphanEventsFile(eventsFileFor(file.id), `${ANALYSES_FOLDER}/${file.id}.mdx`));
    }
  }
  const loaded = analyses.map((entry): LoadedAnalysis => {
    const files = { analysis: entry.filePath ?? `${ANALYSES_FOLDER}/${entry.id}.mdx`, events: eventsFileFor(entry.id) };
    const eventsFile = eventsBySlug.get(entry.id);
    if (!eventsFile) throw new ContentError(missingEventsFile(files.analysis, files.events));
    const body = bodyOf(files.analysis);
    const outline = readOutline(body, files.analysis);
    const neighbours = regionBorders(worldAtlas().countries, entry.data.region);
    const linked = linkEventsToPassages(entry.data, outline, eventsFile.data, files, neighbours);
    return { slug: entry.id, entry, source: entry, outline, files, lang: langFor('en'), ...linked };
  });
  return loaded.sort((a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime());
}

/** Static paths for routes with one page or file per analysis, the analysis as their prop. */
export async function analysisPaths() {
  return (await loadAnalyses()).map((analysis) => ({ params: { slug: analysis.slug }, props: { analysis } }));
}

const editions = new Map<string, Promise<LoadedAnalysis[]>>();

/**
 * The analyses published in an edition ("en" for the original), newest first. A build reads them
 * once for all its routes; the dev server reads them afresh each time, as an editor saves.
 */
export function loadEditionAnalyses(code: string): Promise<LoadedAnalysis[]> {
  if (!import.meta.env.PROD) return readEditionAnalyses(code);
  let analyses = editions.get(code);
  if (!analyses) editions.set(code, (analyses = readEditionAnalyses(code)));
  return analyses;
}

async function readEditionAnalyses(code: string): Promise<LoadedAnalysis[]> {
  if (code === 'en') return loadAnalyses();
  const originals = await loadEditionAnalyses('en');
  const [entries, texts] = await Promise.all([getCollection('editions'), getCollection('editionTexts')]);
  const entryOf = new Map(entries.map((e) => [e.id, e]));
  const textOf = new Map(texts.map((t) => [t.id, t]));
  return originals.flatMap((original) => {
    const id = `${code}/${original.slug}`;
    const entry = entryOf.get(id);
    const text = textOf.get(id);
    if (!entry || !text) return [];
    const file = entry.filePath ?? `${EDITIONS_FOLDERS.mdx}/${id}.mdx`;
    const originalBody = bodyOf(original.files.analysis);
    return [localize(original, { code, entry, body: bodyOf(file), originalBody, file, text: text.data })];
  });
}

/** The codes of the editions an analysis is published in, the original's first. */
export async function editionsOf(slug: string): Promise<string[]> {
  const entries = await getCollection('editions');
  const translated = TRANSLATIONS.filter(({ code }) => entries.some((entry) => entry.id === `${code}/${slug}`));
  return ['en', ...translated.map(({ code }) => code)];
}

/** Static paths for routes with one page or file per analysis and edition, of this build's slice. */
export async function editionAnalysisPaths() {
  const paths = await Promise.all(
    allLangs().map(async (lang) =>
      (await loadEditionAnalyses(lang.edition.code))
        .filter((analysis) => rendersAnalysis(analysis.slug))
        .map((analysis) => ({
          params: { lang: lang.prefix.slice(1) || undefined, slug: analysis.slug },
          props: { analysis },
          cacheKey: cacheKeys().analysis(analysis.slug),
        })),
    ),
  );
  return paths.flat();
}

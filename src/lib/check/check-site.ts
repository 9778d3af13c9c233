import { join } from 'node:path';
import type { WorldTopology } from '../geo/atlas';
import { checkEditions, type CheckedEditions } from './editions/check-editions';
import type { Actor } from '../../schemas/entity-record';
import { checkContent, type CheckedAnalysis } from './check-content';
import { editionFolders, ENTITIES_FOLDER, GLOSSARY_FILE, PUBLISHED_FILE } from '../content/paths';
import { checkPublished } from './check-published';
import { readPublishedRecord } from './read-published';
import { checkActorsOfAnalyses, readRegistry } from './check-entities';
import { readGlossary } from './check-glossary';
import type { SourceFile } from './read-sources';

/** Everything the site is built from, checked: the originals, then their translated editions. */
export interface CheckedSite extends CheckedEditions {
  checked: CheckedAnalysis[];
  /** The registry of actors every analysis tags its sections and events with. */
  actors: Actor[];
}

/**
 * Checks the registry of actors, the glossary, the originals against the registry and the editions
 * that translate them, then, where there is a record of what readers were shown, every published
 * part against it; files are told apart by folder.
 */
export function checkSite(root: string, files: SourceFile[], topology: WorldTopology): CheckedSite {
  const isEdition = (file: SourceFile) => /\/editions\//.test(`/${file.path}`);
  const isActor = (file: SourceFile) => `/${file.path}`.includes(`/${ENTITIES_FOLDER}/`);
  const isGlossary = (file: SourceFile) => `/${file.path}`.endsWith(`/${GLOSSARY_FILE}`);
  const isRecord = (file: SourceFile) => `/${file.path}`.endsWith(`/${PUBLISHED_FILE}`);
  const published = files.find(isRecord);
  const registry = readRegistry(files.filter(isActor));
  const glossary = readGlossary(files.find(isGlossary));
  const originals = checkContent(
    root,
    files.filter((file) => !isEdition(file) && !isActor(file) && !isGlossary(file) && !isRecord(file)),
    topology,
  );
  const texts = new Map(files.map((file) => [file.path, new TextDecoder().decode(file.bytes)]));
  const actors = checkActorsOfAnalyses(registry, originals.checked, texts);
  const editions = checkEditions(root, files, originals.checked);
  const record = published && readPublishedRecord(published);
  const edits =
    record?.value === undefined
      ? (record?.problems ?? [])
      : checkPublished(published!.path, record.value, originals.checked, editions.bySlug, (code, slug) => ({
          mdx: join(root, editionFolders(code).mdx, `${slug}.mdx`),
          json: join(root, editionFolders(code).json, `${slug}.json`),
        }));
  return {
    ...editions,
    problems: [
      ...registry.problems,
      ...(glossary.problems ?? []),
      ...originals.problems,
      ...actors,
      ...editions.problems,
      ...edits,
    ],
    checked: originals.checked,
    actors: registry.actors,
  };
}

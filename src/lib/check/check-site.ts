import type { WorldTopology } from '../geo/atlas';
import { checkEditions, type CheckedEditions } from './editions/check-editions';
import type { Actor } from '../../schemas/entity-record';
import { checkContent, type CheckedAnalysis } from './check-content';
import { ENTITIES_FOLDER, GLOSSARY_FILE } from '../content/paths';
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
 * that translate them; files are told apart by folder.
 */
export function checkSite(root: string, files: SourceFile[], topology: WorldTopology): CheckedSite {
  const isEdition = (file: SourceFile) => /\/editions\//.test(`/${file.path}`);
  const isActor = (file: SourceFile) => `/${file.path}`.includes(`/${ENTITIES_FOLDER}/`);
  const isGlossary = (file: SourceFile) => `/${file.path}`.endsWith(`/${GLOSSARY_FILE}`);
  const registry = readRegistry(files.filter(isActor));
  const glossary = readGlossary(files.find(isGlossary));
  const originals = checkContent(
    root,
    files.filter((file) => !isEdition(file) && !isActor(file) && !isGlossary(file)),
    topology,
  );
  const texts = new Map(files.map((file) => [file.path, new TextDecoder().decode(file.bytes)]));
  const actors = checkActorsOfAnalyses(registry, originals.checked, texts);
  const editions = checkEditions(root, files, originals.checked);
  return {
    ...editions,
    problems: [
      ...registry.problems,
      ...(glossary.problems ?? []),
      ...originals.problems,
      ...actors,
      ...editions.problems,
    ],
    checked: originals.checked,
    actors: registry.actors,
  };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../schemas/entity-record';
import { readRegistry } from '../check/check-entities';
import { ContentError } from '../content/errors';
import { contentRoot, ENTITIES_FOLDER } from '../content/paths';

const loaded = new Map<string, Map<string, Actor>>();

/**
 * The registry of actors (`data/entities/<id>.json`), by id. The content check has refused a broken
 * registry before any page is built; read here once per content root.
 */
export function actorRegistry(root = contentRoot()): Map<string, Actor> {
  let registry = loaded.get(root);
  if (!registry) {
    const folder = join(root, ENTITIES_FOLDER);
    const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')) : [];
    const read = readRegistry(
      names.sort().map((name) => ({ path: join(folder, name), bytes: readFileSync(join(folder, name)) })),
    );
    if (read.problems.length > 0) throw new ContentError(read.problems);
    registry = new Map(read.actors.map((actor) => [actor.id, actor]));
    loaded.set(root, registry);
  }
  return registry;
}

/** An actor's name in an edition; an id the registry lacks (refused by the content check) stays as written. */
export const actorName = (id: string, code: string): string => {
  const names = actorRegistry().get(id)?.names as Record<string, string> | undefined;
  return names?.[code] ?? id;
};

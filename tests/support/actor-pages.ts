import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Actor pages (`/actors/<id>/`, in each edition) come from their own route. Until a build has any,
 * a link to one is accepted when the actor is in the registry; once any actor page is built,
 * every link to one must land on its file like any other link.
 */
export function isAwaitedActorPage(pathname: string, dist = 'dist'): boolean {
  const id = /^(?:\/[a-z]{2})?\/actors\/([a-z0-9-]+)\/(?:index\.html)?$/.exec(pathname)?.[1];
  return id !== undefined && !existsSync(join(dist, 'actors')) && existsSync(`data/entities/${id}.json`);
}

import { actorPath, relationPath } from '../anchors';
import type { Lang } from '../i18n/lang';
import { actorName } from './registry';
import { borderActors, relationId } from './site-actors';

/** A link to the page of an actor or a relation, named in the edition's words. */
export interface ActorLink {
  href: string;
  name: string;
}

/** Links to the pages of these actors, in the edition: every actor an analysis declares has one. */
export const actorLinks = (ids: string[], lang: Lang): ActorLink[] =>
  ids.map((id) => ({ href: actorPath(id, lang.prefix), name: actorName(id, lang.edition.code) }));

/** The link to the page of a pair of actors: "Armenia and Azerbaijan". */
export function relationLink(a: string, b: string, lang: Lang): ActorLink {
  const code = lang.edition.code;
  const [first, second] = [a, b].sort() as [string, string];
  return {
    href: relationPath(relationId(a, b), lang.prefix),
    name: lang.words.actors.relation(actorName(first, code), actorName(second, code)),
  };
}

/**
 * The relation page each border leads to, by border id: the two states it joins. Every border an
 * analysis draws has one, since the content check refuses a border between unregistered states.
 */
export function borderRelationLinks(borders: { id: string }[], lang: Lang): Map<string, ActorLink> {
  return new Map(
    borders.flatMap((border) => {
      const actors = borderActors(border);
      return actors ? [[border.id, relationLink(...actors, lang)] as const] : [];
    }),
  );
}

import type { Lang } from '../i18n/lang';
import { actorName } from '../actors/registry';
import { syncWords } from '../i18n/sync-words';
import type { LinkedEvent } from '../content/link-events';
import type { Outline } from '../content/passages';
import { hedgeAndAttribution } from '../content/reader-words';
import type { SyncData } from './sync-data';
import { embedPath, placeAnchor } from '../anchors';
import { capitalise } from '../text';
import type { MapModel } from '../geo/map-model';

/** A map element a passage or a place name points to: its element id and what it shows. */
export interface MapTarget {
  anchor: string;
  name: string;
  /** The link's printed number. */
  number: number;
  /** A border is a line, printed without a number; markers and callouts carry one. */
  kind: 'border' | 'marker' | 'callout';
}

/** Every link on the map with the name a reader knows it by and the events it carries. */
function mapLinks(model: MapModel) {
  const common = (link: { anchor: string; events: string[]; number: number }) => ({
    anchor: link.anchor,
    events: link.events,
    number: link.number,
  });
  return [
    ...model.borders.map((border) => ({
      ...common(border),
      kind: 'border' as const,
      name: capitalise(border.name),
      key: border.id,
      passage: border.passage,
    })),
    ...model.markers.map((marker) => ({
      ...common(marker),
      kind: 'marker' as const,
      name: model.places.find((p) => p.anchor === placeAnchor(marker.key))?.name ?? marker.key,
      key: marker.key,
      passage: undefined,
    })),
    ...model.callouts.map((callout) => ({
      ...common(callout),
      kind: 'callout' as const,
      name: callout.label,
      key: callout.key,
      passage: undefined,
    })),
  ];
}

/** For each passage, the borders, markers and callouts of its events, in the map's reading order. */
export function mapTargetsByPassage(model: MapModel, events: LinkedEvent[]): Map<string, MapTarget[]> {
  const passageOf = new Map(events.map((event) => [event.id, event.passage]));
  const targets = new Map<string, MapTarget[]>();
  for (const link of mapLinks(model)) {
    const passages = new Set([link.passage, ...link.events.map((id) => passageOf.get(id))].filter(Boolean) as string[]);
    for (const passage of passages) {
      targets.set(passage, [
        ...(targets.get(passage) ?? []),
        { anchor: link.anchor, name: link.name, number: link.number, kind: link.kind },
      ]);
    }
  }
  return targets;
}

/** What `<Place to="…">` may name: a marker's key ("kabul") or a border's id ("AFG-PAK"). */
export function mapTargetsByPlace(model: MapModel): Map<string, MapTarget> {
  return new Map(
    mapLinks(model).map((link) => [
      link.key,
      { anchor: link.anchor, name: link.name, number: link.number, kind: link.kind },
    ]),
  );
}

/** What the page's script needs, built from the map model, the events and the outline. */
export function buildSyncData(
  model: MapModel,
  events: LinkedEvent[],
  outline: Outline,
  entities: string[],
  lang: Lang,
): SyncData {
  const { words } = lang;
  const links = mapLinks(model);
  const targetOf = (id: string) => links.find((link) => link.events.includes(id))?.anchor ?? null;
  const targets = mapTargetsByPassage(model, events);
  const entityCountries = Object.fromEntries(
    model.countries
      .filter((country) => country.inRegion && country.code)
      .flatMap((country) => {
        const entity = entities.find((e) => e === country.entity);
        return entity ? [[entity, country.code!]] : [];
      }),
  );
  return {
    events: events.map((event) => ({
      id: event.id,
      passage: event.passage,
      title: event.title,
      date: event.date.label,
      hedge: hedgeAndAttribution(event, words),
      entities: event.entities,
      kind: event.kind,
      target: targetOf(event.id),
    })),
    passages: outline.passages.map((passage) => ({
      id: passage.id,
      section: passage.section,
      targets: (targets.get(passage.id) ?? []).map((t) => t.anchor),
    })),
    sections: outline.sections.map((section) => ({ id: section.id, entities: section.entities })),
    links: links.map((link) => ({ anchor: link.anchor, name: link.name, events: link.events })),
    entityCountries,
    entities,
    // Each actor's name in the edition, from the registry of actors (data/entities/).
    entityNames: Object.fromEntries(entities.map((entity) => [entity, actorName(entity, lang.edition.code)])),
    kinds: [...new Set(events.map((event) => event.kind))],
    embed: embedPath(model.slug, lang.prefix),
    words: syncWords(lang),
  };
}

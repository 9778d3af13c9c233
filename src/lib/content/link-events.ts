import { ARTICLE_PARTS, type Analysis } from '../../schemas/analysis';
import type { AnalysisEvent, EventsFile } from '../../schemas/event';
import type { MapConfig } from '../../schemas/map';
import { ContentError, eventField } from './errors';
import { orderEvents, type EventTime } from './event-order';
import type { Outline, PassageOutline } from './passages';
import { isReservedId } from './slug';

/** The files an analysis is made of, for error messages. */
export interface AnalysisFiles {
  analysis: string;
  events: string;
}

/** An event together with the passage it belongs to. */
export interface LinkedEvent extends AnalysisEvent {
  passageSection: string;
  /** Position in the events file, for error messages after sorting. */
  sourceIndex: number;
  /** Where the event stands in the timeline's order. */
  time: EventTime;
  /** In a translated edition: the original's name of its place, from which the map's keys are made, the same in every edition. */
  placeKey?: string | undefined;
  /**
   * Where its links lead, on a map that spans analyses (an actor's, a relation's, the atlas): its
   * passage in its own analysis. On an analysis's own map, its passage on the page.
   */
  href?: string | undefined;
}

/** Every check that ties the events data to the text, in one place. */
export interface LinkedAnalysis {
  events: LinkedEvent[];
  /** Event ids for each passage id, in date order. */
  eventsByPassage: Map<string, string[]>;
  /** Capitals and borders of the map, each checked against the region and the outline. */
  map: MapConfig;
}

function checkEntities(entities: string[], declared: Set<string>, file: string, field: string) {
  for (const entity of entities) {
    if (!declared.has(entity)) {
      throw new ContentError({
        file,
        field,
        value: entity,
        fix: `declare it in the analysis frontmatter's entities (${[...declared].join(', ')}) or use one of those`,
      });
    }
  }
}

/**
 * A border must join two neighbours of the region, written in alphabetical order. The fix offers
 * only borders the map can draw: the same pair in order, or the region's real neighbours.
 */
function checkBorder(border: string, neighbours: readonly string[], file: string, field: string) {
  if (neighbours.includes(border)) return;
  const [a = '', b = ''] = border.split('-');
  const reversed = `${b}-${a}`;
  const fix = neighbours.includes(reversed)
    ? `write the two codes in alphabetical order: "${reversed}"`
    : neighbours.length === 0
      ? 'no two countries of the region share a boundary, so the map draws no border; give the event a point or a country instead'
      : `${a} and ${b} do not share a boundary in the region's map; a border joins neighbours: ${neighbours.join(', ')}`;
  throw new ContentError({ file, field, value: border, fix });
}

function checkMapConfig(
  analysis: Analysis,
  outline: Outline,
  file: EventsFile,
  path: string,
  neighbours: readonly string[],
) {
  const passages = new Set(outline.passages.map((p) => p.id));
  file.map.borders.forEach((border, index) => {
    const at = `map.borders[${index}]`;
    checkBorder(border.id, neighbours, path, `${at}.id`);
    if (!passages.has(border.passage)) {
      throw new ContentError({
        file: path,
        field: `${at}.passage`,
        value: border.passage,
        fix: `no <Passage> has this id; use one of: ${[...passages].join(', ')}`,
      });
    }
  });
  file.map.capitals.forEach((capital, index) => {
    if (!analysis.region.includes(capital.country)) {
      throw new ContentError({
        file: path,
        field: `map.capitals[${index}].country`,
        value: capital.country,
        fix: `label capitals of the region only: ${analysis.region.join(', ')}`,
      });
    }
  });
}

/** Checks the outline's entities, and where each log entry says the change was, against the frontmatter. */
export function checkOutline(analysis: Analysis, outline: Outline, file: string): void {
  const declared = new Set(analysis.entities);
  for (const section of outline.sections) {
    checkEntities(section.entities, declared, file, `<Section id="${section.id}"> entities`);
  }
  for (const passage of outline.passages) {
    checkEntities(passage.entities, declared, file, `<Passage id="${passage.id}"> entities`);
  }
  const places = [...outline.passages.map((p) => p.id), ...outline.sections.map((s) => s.id), ...ARTICLE_PARTS];
  analysis.corrections.forEach((correction, index) => {
    if (!places.includes(correction.passage)) {
      throw new ContentError({
        file,
        field: `corrections[${index}].passage`,
        value: correction.passage,
        fix: `no passage or section has this id; name where the change was: ${places.join(', ')}`,
      });
    }
  });
}

/** Checks that the events a log entry names exist. */
function checkEntryEvents(analysis: Analysis, events: readonly { id: string }[], file: string): void {
  const ids = events.map((event) => event.id);
  analysis.corrections.forEach((correction, index) => {
    (correction.events ?? []).forEach((id, at) => {
      if (!ids.includes(id)) {
        throw new ContentError({
          file,
          field: `corrections[${index}].events[${at}]`,
          value: id,
          fix: `no event has this id; name events of the events file: ${ids.join(', ')}`,
        });
      }
    });
  });
}

/**
 * Ties each event to its passage and checks every reference the events file makes: passage,
 * entities, border and id. The first broken reference stops the build.
 */
export function linkEventsToPassages(
  analysis: Analysis,
  outline: Outline,
  file: EventsFile,
  files: AnalysisFiles,
  neighbours: readonly string[],
): LinkedAnalysis {
  checkOutline(analysis, outline, files.analysis);
  checkMapConfig(analysis, outline, file, files.events, neighbours);
  const drawnBorders = new Set(file.map.borders.map((border) => border.id));
  const passages = new Map<string, PassageOutline>(outline.passages.map((p) => [p.id, p]));
  const declared = new Set(analysis.entities);
  const ids = new Map<string, number>();
  const anchors = new Set([...outline.sections.map((s) => s.id), ...passages.keys()]);
  const checked = file.events.map((event, index) => {
    const at = (path: string) => eventField(event, index, path);
    const first = ids.get(event.id);
    if (first !== undefined) {
      throw new ContentError({
        file: files.events,
        field: `events[${index}].id`,
        value: event.id,
        fix: `events[${first}] has this id already; event ids must be unique, so rename one of them`,
      });
    }
    ids.set(event.id, index);
    const passage = passages.get(event.passage);
    if (!passage) {
      const known = outline.passages.map((p) => p.id).join(', ');
      throw new ContentError({
        file: files.events,
        field: at('passage'),
        value: event.passage,
        fix: `no <Passage> in ${files.analysis} has this id; use one of: ${known}`,
      });
    }
    if (isReservedId(event.id)) {
      throw new ContentError({
        file: files.events,
        field: at('id'),
        value: event.id,
        fix: 'the page uses ids starting map-, timeline-, article- and correction- itself; rename the event',
      });
    }
    if (anchors.has(event.id) && event.id !== event.passage) {
      throw new ContentError({
        file: files.events,
        field: at('id'),
        value: event.id,
        fix: `a section or passage of ${files.analysis} already has this id, so a link to it would be ambiguous; rename the event`,
      });
    }
    checkEntities(event.entities, declared, files.events, at('entities'));
    if (event.place && 'border' in event.place) {
      const field = at('place.border');
      checkBorder(event.place.border, neighbours, files.events, field);
      if (!drawnBorders.has(event.place.border)) {
        throw new ContentError({
          file: files.events,
          field,
          value: event.place.border,
          fix: `the map does not draw this border yet; add { "id": "${event.place.border}", "name": "…", "passage": "${event.passage}" } to map.borders`,
        });
      }
    }
    return { ...event, passageSection: passage.section, sourceIndex: index };
  });
  checkEntryEvents(analysis, checked, files.analysis);
  const linked: LinkedEvent[] = orderEvents(checked, analysis.published, files.events);
  const eventsByPassage = new Map<string, string[]>();
  for (const event of linked) {
    eventsByPassage.set(event.passage, [...(eventsByPassage.get(event.passage) ?? []), event.id]);
  }
  return { events: linked, eventsByPassage, map: file.map };
}

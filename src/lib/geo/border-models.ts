import type { Words } from '../i18n/words/en';
import type { MultiLineString } from 'geojson';
import { borderAnchor, hrefTo } from '../anchors';
import type { LinkedEvent } from '../content/link-events';
import { capitalise } from '../text';
import type { WorldTopology } from './atlas';
import { extractBorder } from './borders';
import { cutLine, linesPath, projectLine, type Disc } from './border-gaps';
import { compactPath } from './compact-path';
import { onceForFrame, type Frame } from './frame';
import type { Box } from './labels';
import type { BorderModel, MapInput } from './map-types';
import { listedEvent } from './markers';
import { entitiesOf, roundToTenth } from './place-markers';
import { readingRank } from './reading-order';

/** The line of each border the analysis discusses, by its id ("AFG-PAK"). */
export function traceBorderLines(countries: WorldTopology, borders: { id: string }[]): Map<string, MultiLineString> {
  return new Map(borders.map((border) => [border.id, extractBorder(countries, border.id)]));
}

export function isOnBorder({ place }: LinkedEvent, id: string): boolean {
  return place ? 'border' in place && place.border === id : false;
}

/**
 * What a screen reader hears for a border: its name, the editor's note and the events on it,
 * each with its date ("The Durand Line. The de facto line. Events: Clash (January 2022)").
 */
function borderName(name: string, note: string | undefined, events: LinkedEvent[], words: Words): string {
  const told = events.map((event) => listedEvent(event, words)).join(words.events.separator);
  return [capitalise(name), note?.replace(/[.۔]$/, ''), told && words.map.borderEvents(told)]
    .filter(Boolean)
    .join('. ');
}

/**
 * Each border the analysis discusses as a link to its passage, drawn along its line but short of
 * the symbols and callouts drawn over it. Its number comes later, once every link on the map is
 * known.
 */
/** Borders' lines and outlines by frame (onceForFrame). */
const borderLines = new Map<string, ReturnType<typeof projectLine>>();
const borderPaths = new Map<string, string>();

export function describeBorders(
  input: Pick<MapInput, 'map' | 'events' | 'readingOrder' | 'lang'>,
  frame: Frame,
  lines: Map<string, MultiLineString>,
  drawnOver: { discs: Disc[]; boxes: Box[] },
): BorderModel[] {
  const path = compactPath(frame.projection);
  // A border's line, projected once per frame: the markers it is cut round differ by analysis.
  const projected = (id: string) =>
    onceForFrame(borderLines, frame, id, () => projectLine(frame.projection, lines.get(id)!));
  const drawn = (id: string) => linesPath(cutLine(projected(id), drawnOver.discs, drawnOver.boxes));
  const centre = (id: string) => {
    const points = projected(id).flat();
    const [xs, ys] = [points.map(([x]) => x), points.map(([, y]) => y)];
    return {
      x: roundToTenth((Math.min(...xs) + Math.max(...xs)) / 2),
      y: roundToTenth((Math.min(...ys) + Math.max(...ys)) / 2),
    };
  };
  return input.map.borders.map((border) => {
    const events = input.events.filter((event) => isOnBorder(event, border.id));
    return {
      ...border,
      anchor: borderAnchor(border.id),
      entities: entitiesOf(events),
      order: readingRank([border.passage], input.readingOrder),
      number: 0,
      href: border.href ?? hrefTo(border.passage),
      d: onceForFrame(borderPaths, frame, border.id, () => path(lines.get(border.id)!)),
      line: drawn(border.id),
      centre: centre(border.id),
      events: events.map((event) => event.id),
      accessibleName: borderName(border.name, border.note, events, input.lang.words),
    };
  });
}

import { analysisPath, shareFrom } from '../anchors';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import { hedgeAndAttribution, hedgeText, placeText } from '../content/reader-words';
import type { MapModel } from '../geo/map-model';
import { focusRingRadius } from '../geo/symbol-metrics';
import { capitalise } from '../text';

/** Something a reader can share: a section or an event, with its own page and card. */
export interface ShareTarget {
  /** The section or event id; also the fragment the share page sends readers to. */
  id: string;
  kind: 'section' | 'event';
  title: string;
  /** One or two sentences for link previews. */
  description: string;
  /** "late January 2022", or the analysis's date for a section. */
  dateLabel: string;
  /** How the reporting hedges an event and who says so, in words ("" when it does not). */
  hedge: string;
  /** The hedges alone, in words, for where the attribution does not fit. */
  hedgeWords: string;
  /** The map element to highlight on the card, if the target has one: the card centres on it. */
  highlight?:
    { type: 'marker'; x: number; y: number; radius: number } | { type: 'border'; d: string; x: number; y: number };
  /** For an event with no place: the events round it in the timeline, which its card shows instead of a map. */
  timeline?: TimelineRow[];
}

/** An event in the timeline as a card shows it: its date, its title, and whether it is the one shared. */
export interface TimelineRow {
  date: string;
  title: string;
  current: boolean;
}

/** How many events a card's timeline shows round the one shared. */
const TIMELINE_ROWS = 5;

/** The events round one in timeline order, as many before as after where there are. */
export function timelineAround(
  events: { id: string; title: string; date: { label: string } }[],
  id: string,
): TimelineRow[] {
  const index = events.findIndex((event) => event.id === id);
  const first = Math.max(0, Math.min(index - Math.floor(TIMELINE_ROWS / 2), events.length - TIMELINE_ROWS));
  return events
    .slice(first, first + TIMELINE_ROWS)
    .map((event) => ({ date: event.date.label, title: event.title, current: event.id === id }));
}

/** Where a target's share page lives. */
export const sharePath = (slug: string, id: string, prefix = '') => shareFrom(analysisPath(slug, prefix), id);

/** Every section and event of an analysis, as share targets. */
export function shareTargets(analysis: LoadedAnalysis, model: MapModel, publishedLabel: string): ShareTarget[] {
  const { title, dek } = analysis.entry.data;
  const { words } = analysis.lang;
  const sections = analysis.outline.sections.map((section): ShareTarget => ({
    id: section.id,
    kind: 'section',
    title: section.title,
    description: words.share.sectionOf(section.title, title, dek),
    dateLabel: publishedLabel,
    hedge: '',
    hedgeWords: '',
  }));
  const events = analysis.events.map((event): ShareTarget => {
    const marker = [...model.markers, ...model.callouts].find((m) => m.events.includes(event.id));
    const border = model.borders.find((b) => b.events.includes(event.id));
    const place = event.place ? placeText(event, words) : '';
    const hedge = hedgeAndAttribution(event, words);
    return {
      id: event.id,
      kind: 'event',
      title: event.title,
      description: words.share.eventSummary(event.date.label, place, capitalise(hedge), title),
      dateLabel: event.date.label,
      hedge,
      hedgeWords: hedgeText(event, words),
      ...(marker
        ? { highlight: { type: 'marker' as const, x: marker.x, y: marker.y, radius: focusRingRadius(marker) } }
        : border
          ? { highlight: { type: 'border' as const, d: border.d, ...border.centre } }
          : { timeline: timelineAround(analysis.events, event.id) }),
    };
  });
  return [...sections, ...events];
}

import type { Analysis } from '../../schemas/analysis';
import type { LinkedEvent } from './link-events';
import type { Words } from '../i18n/words/en';

export interface TimelineGroup {
  /** Element id of the group's heading. */
  id: string;
  heading: string;
  /** Background: events before the analysis's period, set apart from it. */
  background: boolean;
  events: LinkedEvent[];
}

/**
 * Splits events (already in timeline order) into the background before the analysis's period,
 * the period itself, events the reporting does not date, and claims about the future. A partial
 * date that reaches into the period counts as in it: for a period from "2021-12", "2021-11" is
 * background but "2021" is not.
 */
export function groupTimeline(analysis: Analysis, events: LinkedEvent[], words: Words): TimelineGroup[] {
  const period = analysis.period;
  const dated = events.filter((e) => e.time.group === 'dated');
  const before = (iso: string) => period !== undefined && iso < period.from && !period.from.startsWith(iso);
  return [
    {
      id: 'timeline-background',
      heading: words.timeline.background,
      background: true,
      events: dated.filter((e) => before(e.time.iso!)),
    },
    {
      id: period ? 'timeline-period' : 'timeline-events',
      heading: period?.label ?? words.timeline.allEvents,
      background: false,
      events: dated.filter((e) => !before(e.time.iso!)),
    },
    {
      id: 'timeline-undated',
      heading: words.timeline.undated,
      background: false,
      events: events.filter((e) => e.time.group === 'undated'),
    },
    {
      id: 'timeline-ahead',
      heading: words.timeline.ahead,
      background: false,
      events: events.filter((e) => e.time.group === 'ahead'),
    },
  ].filter((group) => group.events.length > 0);
}

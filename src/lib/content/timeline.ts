import type { Analysis } from '../../schemas/analysis';
import type { LinkedEvent } from './link-events';

export interface TimelineGroup {
  /** Element id of the group's heading. */
  id: string;
  heading: string;
  /** Background: events before the analysis's period, set apart from it. */
  background: boolean;
  events: LinkedEvent[];
}

/**
 * Splits events (already in date order) into the background before the analysis's period and
 * the period itself. A partial date that reaches into the period counts as in it: for a period
 * from "2021-12", "2021-11" is background but "2021" is not.
 */
export function groupTimeline(analysis: Analysis, events: LinkedEvent[]): TimelineGroup[] {
  const period = analysis.period;
  if (!period) return [{ id: 'timeline-events', heading: 'All events', background: false, events }];
  const before = (iso: string) => iso < period.from && !period.from.startsWith(iso);
  return [
    {
      id: 'timeline-background',
      heading: 'Background',
      background: true,
      events: events.filter((e) => before(e.date.iso)),
    },
    {
      id: 'timeline-period',
      heading: period.label,
      background: false,
      events: events.filter((e) => !before(e.date.iso)),
    },
  ].filter((group) => group.events.length > 0);
}

import { describe, expect, test } from 'vitest';
import type { LinkedEvent } from '../../src/lib/content/link-events';
import { groupTimeline } from '../../src/lib/content/timeline';
import { makeEvent, smallAnalysis } from './fixtures';

const dated = (id: string, iso: string): LinkedEvent => ({
  ...makeEvent({ id, date: { iso, label: iso } }),
  passageSection: 'iran',
  sourceIndex: 0,
});
const events = [
  dated('founding', '1893'),
  dated('takeover', '2021-08-15'),
  dated('year', '2021'),
  dated('clash', '2021-12'),
  dated('talks', '2022-01-20'),
];
const period = { from: '2021-12', to: '2022-02', label: 'December 2021 – February 2022' };

describe('groupTimeline', () => {
  test('events before the period are set apart as background, the rest form the period', () => {
    const groups = groupTimeline({ ...smallAnalysis, period }, events);
    expect(groups.map((group) => [group.heading, group.background, group.events.map((e) => e.id)])).toEqual([
      ['Background', true, ['founding', 'takeover']],
      ['December 2021 – February 2022', false, ['year', 'clash', 'talks']],
    ]);
  });

  test('without a period every event is in one list', () => {
    expect(groupTimeline(smallAnalysis, events)).toEqual([
      { id: 'timeline-events', heading: 'All events', background: false, events },
    ]);
  });
});

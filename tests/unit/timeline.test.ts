import { describe, expect, test } from 'vitest';
import type { LinkedEvent } from '../../src/lib/content/link-events';
import { groupTimeline } from '../../src/lib/content/timeline';
import type { EventDate } from '../../src/schemas/event';
import { makeEvent, smallAnalysis } from './fixtures';
import { en } from '../../src/lib/i18n/words/en';

const at = (id: string, date: EventDate, time: LinkedEvent['time']): LinkedEvent => ({
  ...makeEvent({ id, date }),
  passageSection: 'iran',
  sourceIndex: 0,
  time,
});
const dated = (id: string, iso: string) => at(id, { iso, label: iso }, { group: 'dated', iso });
const events = [
  dated('founding', '18XX'),
  dated('takeover', '2021-08'),
  dated('year', '2021'),
  dated('clash', '2021-12'),
  dated('talks', '2022-01-20'),
  at('meeting', { relative: 'recently', label: 'recently' }, { group: 'dated', iso: '2022-02-07' }),
  at('visit', { relative: 'after', after: 'meeting', label: 'eventually' }, { group: 'dated', iso: '2022-02-07' }),
  at('trip', { relative: 'undated', label: 'no date given' }, { group: 'undated' }),
  at('port', { relative: 'ahead', label: 'a claim about the future' }, { group: 'ahead' }),
];
const period = { from: '2021-12', to: '2022-02', label: 'December 2021 – February 2022' };
const summary = (groups: ReturnType<typeof groupTimeline>) =>
  groups.map((group) => [group.heading, group.background, group.events.map((e) => e.id)]);

describe('groupTimeline', () => {
  test('events before the period are background; recent events and their sequels join the period', () => {
    expect(summary(groupTimeline({ ...smallAnalysis, period }, events, en))).toEqual([
      ['Background', true, ['founding', 'takeover']],
      ['December 2021 – February 2022', false, ['year', 'clash', 'talks', 'meeting', 'visit']],
      ['Not dated in the reporting', false, ['trip']],
      ['Looking ahead', false, ['port']],
    ]);
  });

  test('without a period every dated event is in one list, the undated and the future after it', () => {
    expect(summary(groupTimeline(smallAnalysis, events, en))).toEqual([
      ['All events', false, ['founding', 'takeover', 'year', 'clash', 'talks', 'meeting', 'visit']],
      ['Not dated in the reporting', false, ['trip']],
      ['Looking ahead', false, ['port']],
    ]);
  });
});

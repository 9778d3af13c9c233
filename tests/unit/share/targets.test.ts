import { describe, expect, test } from 'vitest';
import { shareTargets, timelineAround } from '../../../src/lib/share/targets';
import { site } from '../geo/first-analysis';
import { english } from './edition-cards';

// What a reader can share from the first analysis: each section and each event, with what its
// page and card say, and what its card shows in place of a map.

const targets = () => shareTargets(english, site.model, '7 February 2022');
const events = Array.from({ length: 9 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  date: { label: `${2000 + i}` },
}));

describe('timelineAround', () => {
  test('five events, the one shared in the middle, marked as the current one', () => {
    expect(timelineAround(events, 'e4')).toEqual([
      { date: '2002', title: 'Event 2', current: false },
      { date: '2003', title: 'Event 3', current: false },
      { date: '2004', title: 'Event 4', current: true },
      { date: '2005', title: 'Event 5', current: false },
      { date: '2006', title: 'Event 6', current: false },
    ]);
  });

  test('near either end, the five nearest, the shared one off centre', () => {
    expect(timelineAround(events, 'e0').map((row) => row.title)).toEqual([
      'Event 0',
      'Event 1',
      'Event 2',
      'Event 3',
      'Event 4',
    ]);
    expect(timelineAround(events, 'e8').map((row) => [row.title, row.current])).toEqual([
      ['Event 4', false],
      ['Event 5', false],
      ['Event 6', false],
      ['Event 7', false],
      ['Event 8', true],
    ]);
  });

  test('a short timeline is shown whole', () => {
    expect(timelineAround(events.slice(0, 3), 'e1').map((row) => row.title)).toEqual(['Event 0', 'Event 1', 'Event 2']);
  });
});

describe('shareTargets', () => {
  test('every section, then every event in timeline order', () => {
    expect(targets().map((target) => [target.kind, target.id])).toEqual([
      ...english.outline.sections.map((section) => ['section', section.id]),
      ...english.events.map((event) => ['event', event.id]),
    ]);
  });

  test('a section carries the analysis’s date and no hedge', () => {
    const [section] = targets();
    expect(section).toMatchObject({ dateLabel: '7 February 2022', hedge: '', hedgeWords: '' });
    expect(section!.highlight).toBeUndefined();
    expect(section!.timeline).toBeUndefined();
  });

  test('an event is highlighted where the map shows it: its marker, or its border; else its card shows the timeline', () => {
    const byId = new Map(targets().map((target) => [target.id, target]));
    const kabul = site.model.markers.find((marker) => marker.events.includes('taliban-take-kabul'))!;
    expect(byId.get('taliban-take-kabul')!.highlight).toMatchObject({ type: 'marker', x: kabul.x, y: kabul.y });
    const durand = site.model.borders.find((border) => border.events.includes('durand-line-fence'))!;
    expect(byId.get('durand-line-fence')!.highlight).toEqual({ type: 'border', d: durand.d, ...durand.centre });
    const undated = byId.get('tensions-1998')!;
    expect(undated.highlight).toBeUndefined();
    expect(undated.timeline!.find((row) => row.current)!.title).toBe(undated.title);
  });

  test('a hedged event says so, in words, with who says so', () => {
    const meeting = targets().find((target) => target.id === 'tehran-nrf-meeting')!;
    expect(meeting.hedgeWords).toMatch(/reported/i);
    expect(meeting.hedge).toContain(meeting.hedgeWords);
    expect(meeting.hedge.length).toBeGreaterThan(meeting.hedgeWords.length);
    expect(meeting.description).toContain('Tehran');
  });
});

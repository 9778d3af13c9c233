import { describe, expect, test } from 'vitest';
import { orderEvents } from '../../src/lib/content/event-order';
import type { EventDate } from '../../src/schemas/event';
import { makeEvent } from './fixtures';

const FILE = 'data/events/two-neighbours.json';
const PUBLISHED = new Date('2022-02-07');
const on = (id: string, date: EventDate, sourceIndex: number) => ({ ...makeEvent({ id, date }), sourceIndex });
const order = (...events: ReturnType<typeof on>[]) => orderEvents(events, PUBLISHED, FILE);

describe('orderEvents', () => {
  test('no date is invented: each relative date gets its place and keeps its own words', () => {
    const ordered = order(
      on('port', { relative: 'ahead', label: 'a claim about the future' }, 0),
      on('visit', { relative: 'after', after: 'clash', label: 'eventually' }, 1),
      on('trip', { relative: 'undated', label: 'no date given' }, 2),
      on('clash', { relative: 'recently', label: 'recently' }, 3),
      on('talks', { iso: '2022-02', label: 'February 2022' }, 4),
      on('line', { iso: '18XX', label: 'the late 1800s' }, 5),
      on('day', { iso: '2022-02-07', label: '7 February 2022' }, 6),
    );
    expect(ordered.map((event) => [event.id, event.time])).toEqual([
      ['line', { group: 'dated', iso: '18XX' }],
      ['talks', { group: 'dated', iso: '2022-02' }],
      ['day', { group: 'dated', iso: '2022-02-07' }],
      ['clash', { group: 'dated', iso: '2022-02-07' }],
      ['visit', { group: 'dated', iso: '2022-02-07' }],
      ['trip', { group: 'undated' }],
      ['port', { group: 'ahead' }],
    ]);
    expect(ordered.find((event) => event.id === 'visit')!.date).toEqual({
      relative: 'after',
      after: 'clash',
      label: 'eventually',
    });
  });

  test('a chain of "after"s follows its first event, in the order the file gives', () => {
    const ordered = order(
      on('third', { relative: 'after', after: 'second', label: 'then' }, 0),
      on('second', { relative: 'after', after: 'first', label: 'later' }, 1),
      on('other', { relative: 'after', after: 'first', label: 'also later' }, 2),
      on('first', { iso: '2021-12', label: 'December 2021' }, 3),
      on('next', { iso: '2022-01', label: 'January 2022' }, 4),
    );
    expect(ordered.map((event) => event.id)).toEqual(['first', 'second', 'third', 'other', 'next']);
  });

  test('"after" an event that does not exist stops the build, naming the event and the choices', () => {
    expect(() =>
      order(
        on('visit', { relative: 'after', after: 'clahs', label: 'eventually' }, 0),
        on('clash', { iso: '2022-01', label: 'January 2022' }, 1),
      ),
    ).toThrow(
      `${FILE}: event "visit" date.after: found "clahs"; name another event of this file that this one followed: clash`,
    );
  });

  test('an event cannot follow itself', () => {
    expect(() => order(on('visit', { relative: 'after', after: 'visit', label: 'eventually' }, 0))).toThrow(
      'event "visit" date.after: found "visit"',
    );
  });

  test('"after"s that run in a circle stop the build', () => {
    expect(() =>
      order(
        on('a', { relative: 'after', after: 'b', label: 'after b' }, 0),
        on('b', { relative: 'after', after: 'a', label: 'after a' }, 1),
      ),
    ).toThrow(`${FILE}: event "a" date.after: found "b"; these "after" dates run in a circle`);
  });
});

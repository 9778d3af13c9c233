import { describe, expect, test } from 'vitest';
import { syncWords } from '../../../src/lib/i18n/sync-words';
import { langFor } from '../../../src/lib/i18n/lang';
import { passageNames, sayEvent } from '../../../src/lib/sync/say';

const event = { title: 'Talks in Tehran', date: 'early January 2022', hedge: 'reported; who says so: the Taliban' };

describe('sayEvent', () => {
  test('an event is said with its date and every hedge, and a step with where it stands', () => {
    const words = syncWords(langFor('en'));
    expect(sayEvent(words, event)).toBe('Talks in Tehran, early January 2022 (reported; who says so: the Taliban)');
    expect(sayEvent(words, { ...event, hedge: '' }, { index: 2, count: 19 })).toBe(
      '3 of 19: Talks in Tehran, early January 2022',
    );
  });

  test('in Dari the numbers are the edition’s digits and no slot is left unfilled', () => {
    const said = sayEvent(syncWords(langFor('fa')), event, { index: 0, count: 12 });
    expect(said).toContain('۱');
    expect(said).toContain('۱۲');
    expect(said).not.toMatch(/[{}]/);
  });
});

describe('passageNames', () => {
  const words = syncWords(langFor('en'));
  const data = {
    words,
    passages: [
      { id: 'talks', section: 's', targets: ['map-marker-kabul'] },
      { id: 'line', section: 's', targets: ['map-border-afg-pak'] },
      { id: 'context', section: 's', targets: [] },
    ],
    events: [
      { id: 'a', passage: 'talks', title: 'Talks in Kabul' },
      { id: 'b', passage: 'talks', title: 'A visit postponed' },
    ],
    links: [
      { anchor: 'map-marker-kabul', name: 'Kabul', events: ['a', 'b'] },
      { anchor: 'map-border-afg-pak', name: 'The Durand Line', events: [] },
    ],
  } as unknown as Parameters<typeof passageNames>[0];

  test('a passage the map leads to is named by its events, else by what it marks; the rest are not named', () => {
    expect([...passageNames(data)]).toEqual([
      ['talks', 'Passage: Talks in Kabul; A visit postponed'],
      ['line', 'Passage: The Durand Line'],
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { syncWords } from '../../../src/lib/i18n/sync-words';
import { langFor } from '../../../src/lib/i18n/lang';
import { sayEvent } from '../../../src/lib/sync/say';

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

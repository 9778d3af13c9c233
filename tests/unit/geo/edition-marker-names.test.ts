import { describe, expect, test } from 'vitest';
import { editionCards } from '../share/edition-cards';

/** Tehran: the Taliban's meeting with the NRF, reported, denied, and said by one side. */
const HEDGED = 'tehran-nrf-meeting';

describe.each(['en', 'fa', 'ps'] as const)('the %s edition’s map', (code) => {
  const { analysis, model } = editionCards(code);
  const { words } = analysis.lang;
  const event = analysis.events.find((e) => e.id === HEDGED)!;
  const marker = model.markers.find((m) => m.events.includes(HEDGED))!;

  test('a hedged event’s marker says, to a screen reader, how the reporting hedges it and who says so', () => {
    const name = marker.accessibleName;
    expect(name).toContain(event.title);
    expect(name).toContain(event.place!.name);
    for (const hedge of event.hedge) expect(name).toContain(words.hedges[hedge]);
    expect(name).toContain(words.events.whoSaysSo(event.attribution!));
  });

  test('a hedged event’s marker says its date once, not again where the hedge belongs', () => {
    expect(marker.accessibleName.split(event.date.label)).toHaveLength(2);
  });
});

import { readFileSync } from 'node:fs';
import type { AnalysisEvent, EventsFile } from '../../src/schemas/event';
import type { MapConfig } from '../../src/schemas/map';
import type { Analysis } from '../../src/schemas/analysis';

export const SMALL_MDX_FILE = 'tests/fixtures/content/small.mdx';
export const SMALL_EVENTS_FILE = 'tests/fixtures/content/small.json';
export const smallSource = readFileSync(SMALL_MDX_FILE, 'utf8');

export const smallAnalysis: Analysis = {
  title: 'Two neighbours',
  dek: 'A small analysis used by the tests.',
  published: new Date('2022-02-07'),
  byline: 'Borderlines analysis',
  region: ['AFG', 'IRN', 'PAK'],
  entities: ['iran', 'pakistan'],
  corrections: [],
};

/** A valid event; tests override one field at a time to break it. */
export function makeEvent(overrides: Partial<AnalysisEvent> = {}): AnalysisEvent {
  return {
    id: 'border-clash',
    title: 'Clash on the border',
    date: { iso: '2021-12', label: 'early December 2021' },
    place: { name: 'the Afghanistan–Iran border', border: 'AFG-IRN' },
    timelineOnly: false,
    precision: 'border',
    kind: 'clash',
    entities: ['iran'],
    passage: 'border-clash',
    hedge: [],
    ...overrides,
  };
}

/** The map of the small analysis: one capital, one border. */
export const smallMap: MapConfig = {
  capitals: [{ name: 'Kabul', country: 'AFG', coordinates: [69.18, 34.53] }],
  borders: [{ id: 'AFG-IRN', name: 'the Afghanistan–Iran border', passage: 'border-clash' }],
};

export function makeEventsFile(events: AnalysisEvent[], map: Partial<MapConfig> = {}): EventsFile {
  return { map: { ...smallMap, ...map }, events };
}

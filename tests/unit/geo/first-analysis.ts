import { locateEvent } from '../../../src/lib/geo/locate';
import { groupEventsByPlace } from '../../../src/lib/geo/markers';
import { byCode, loadFixtureAnalysis } from './load-fixture';

/** The first analysis and its map, made once per test file. */
export const site = loadFixtureAnalysis('.', 'taliban-iran-pakistan-2022');
/**
 * Its events grouped by place as the map does, worked out in each test that asks: mutation testing
 * (docs/tests.md) sees which tests run what only inside a test.
 */
export const groups = () => groupEventsByPlace(site.linked.events, (event) => locateEvent(event, byCode));
export const readingOrder = () => site.outline.passages.map((passage) => passage.id);

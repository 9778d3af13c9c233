import type { FileRule, Path } from './restore';
import type { Plain } from './values';

/** True for the events file of an analysis, `data/events/<slug>.json`, in the site or a fixture site. */
export const isEventsFile = (path: string) => /(^|\/)data\/events\/[^/]+\.json$/.test(path);

const isEvent = (at: Path) => at.length === 2 && at[0] === 'events' && typeof at[1] === 'number';
const isPlace = (at: Path) => at.length === 3 && isEvent(at.slice(0, 2)) && at[2] === 'place';

/**
 * What an events file says that Sveltia cannot: every event has a `place`, null when it has none
 * (src/schemas/event.ts); one hedge is written as the word, as the file writes it (a list only
 * where the file already had one, src/schemas/hedge.ts); and a place's `offMap` is written only
 * when true, where Sveltia's checkbox writes `false` for one left alone.
 */
export const eventRules: FileRule = (keys, base, at) => {
  if (isPlace(at) && keys.get('offMap') === false && !Object.hasOwn(base ?? {}, 'offMap')) keys.delete('offMap');
  if (!isEvent(at)) return;
  if (!keys.has('place')) setAfter(keys, 'date', 'place', null);
  const hedge = keys.get('hedge');
  if (Array.isArray(hedge) && hedge.length === 1 && typeof hedge[0] === 'string' && !wroteHedgeList(base)) {
    keys.set('hedge', hedge[0]);
  }
};

/** Sets a new key where the schema has it, after `previous`; a sibling's order, if any, still comes first. */
function setAfter(keys: Map<string, unknown>, previous: string, key: string, value: unknown) {
  const entries = [...keys];
  const at = entries.findIndex(([other]) => other === previous);
  entries.splice(at === -1 ? entries.length : at + 1, 0, [key, value]);
  keys.clear();
  for (const [other, inner] of entries) keys.set(other, inner);
}

const wroteHedgeList = (base: Plain | undefined) => Array.isArray(base?.['hedge']);

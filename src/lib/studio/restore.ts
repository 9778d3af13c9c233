import { isBlank, isPlain, type Plain } from './values';

/** Where a value sits in its file: keys and list indexes from the top. */
export type Path = readonly (string | number)[];

/**
 * A rule of one kind of file, run on each object once its keys are restored: `keys` may be
 * changed in place. `base` is the object as it was on disk, if it was there.
 */
export type FileRule = (keys: Map<string, unknown>, base: Plain | undefined, at: Path) => void;

/** The values of a saved file, with Sveltia's quirks undone, and where each object came from. */
export interface Restored {
  value: unknown;
  /** Each restored object or list → the one it is on disk, when it was there. */
  baseOf: WeakMap<object, unknown>;
  /** Each restored object → the one on disk it is laid out like: its own, else a sibling's. */
  exampleOf: WeakMap<object, Plain>;
}

interface Context {
  rule: FileRule;
  baseOf: WeakMap<object, unknown>;
  exampleOf: WeakMap<object, Plain>;
}

/**
 * Undoes what Sveltia does to a file it saves, against the file as it was (`before`): nulls it
 * dropped come back, fields it wrote empty (`""`, `[]`, `{}`) for want of a value go, and keys
 * return to the file's order. An item of a list is the one on disk with the same `id`, else the
 * one at the same index; a new object takes its keys' order from its siblings.
 */
export function restoreValues(saved: unknown, before: unknown, rule: FileRule = () => {}): Restored {
  const context: Context = { rule, baseOf: new WeakMap(), exampleOf: new WeakMap() };
  return { value: restore(saved, before, [], [], context), ...context };
}

function restore(saved: unknown, base: unknown, examples: unknown[], at: Path, context: Context): unknown {
  if (Array.isArray(saved)) return restoreList(saved, base, examples, at, context);
  if (isPlain(saved)) return restoreObject(saved, base, examples, at, context);
  return saved;
}

function restoreList(saved: unknown[], base: unknown, examples: unknown[], at: Path, context: Context) {
  const baseList = Array.isArray(base) ? base : [];
  const siblings = [...baseList, ...examples.flatMap((example) => (Array.isArray(example) ? example : []))];
  const list = saved.map((item, index) => {
    const match = counterpart(baseList, item, index);
    return restore(item, match, siblings, [...at, index], context);
  });
  if (Array.isArray(base)) context.baseOf.set(list, base);
  return list;
}

/** The item on disk a saved item stands for: the one with its id, else (without an id) the one at its index. */
function counterpart(baseList: unknown[], item: unknown, index: number): unknown {
  const id = isPlain(item) ? item['id'] : undefined;
  if (typeof id === 'string') return baseList.find((other) => isPlain(other) && other['id'] === id);
  return baseList[index];
}

function restoreObject(saved: Plain, base: unknown, examples: unknown[], at: Path, context: Context): Plain {
  const baseObject = isPlain(base) ? base : undefined;
  const exampleObjects = examples.filter(isPlain);
  const keys = new Map<string, unknown>();
  for (const [key, value] of Object.entries(saved)) {
    const childExamples = exampleObjects.flatMap((example) => (Object.hasOwn(example, key) ? [example[key]] : []));
    const onDisk = baseObject && Object.hasOwn(baseObject, key) ? baseObject[key] : undefined;
    const restored = restore(value, onDisk, childExamples, [...at, key], context);
    const kept = keepBlank(restored, key, baseObject, exampleObjects);
    if (kept.keep) keys.set(key, kept.value);
  }
  // Sveltia may leave out a key whose value is null: the file said null, so it says so again.
  for (const [key, value] of Object.entries(baseObject ?? {})) {
    if (value === null && !Object.hasOwn(saved, key)) keys.set(key, null);
  }
  context.rule(keys, baseObject, at);
  const object = Object.fromEntries(inFileOrder(keys, baseObject, exampleObjects));
  if (baseObject) context.baseOf.set(object, baseObject);
  const example = baseObject ?? exampleObjects[0];
  if (example) context.exampleOf.set(object, example);
  return object;
}

/**
 * An empty value is what Sveltia writes for a field with nothing in it. It is kept in the form the
 * file gave it when the file had it empty too, and an emptied list is kept; a new empty list only
 * where no sibling goes without the field (a map's `borders: []`, not a correction's `events`).
 * Any other empty value goes: the field was left alone.
 */
function keepBlank(value: unknown, key: string, base: Plain | undefined, examples: Plain[]) {
  if (!isBlank(value)) return { keep: true, value };
  const onDisk = base && Object.hasOwn(base, key) ? base[key] : undefined;
  if (onDisk !== undefined && isBlank(onDisk)) return { keep: true, value: onDisk };
  if (Array.isArray(value) && Array.isArray(onDisk)) return { keep: true, value };
  const required = examples.every((example) => Object.hasOwn(example, key));
  if (Array.isArray(value) && onDisk === undefined && required) return { keep: true, value };
  return { keep: false };
}

/** The file's keys in its own order; new keys after them, in the order their siblings give them. */
function inFileOrder(keys: Map<string, unknown>, base: Plain | undefined, examples: Plain[]): [string, unknown][] {
  const order = mergedKeyOrder(examples);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const old = base ? Object.keys(base).filter((key) => keys.has(key)) : [];
  const added = [...keys.keys()].filter((key) => !old.includes(key)).sort((a, b) => rank(a) - rank(b));
  return [...old, ...added].map((key) => [key, keys.get(key)]);
}

/** One order of keys that each object follows: a key one object adds goes after the key it follows there. */
function mergedKeyOrder(objects: Plain[]): string[] {
  const order: string[] = [];
  for (const object of objects) {
    let previous = -1;
    for (const key of Object.keys(object)) {
      const at = order.indexOf(key);
      if (at === -1) order.splice(previous + 1, 0, key);
      previous = at === -1 ? previous + 1 : at;
    }
  }
  return order;
}

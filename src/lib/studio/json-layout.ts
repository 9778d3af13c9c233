import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
import { format } from 'prettier/standalone';
import { readJsonSource, type JsonSource } from './json-source';
import { restoreValues, type FileRule } from './restore';
import { isPlain, sameValue } from './values';

/**
 * The project's prettier options as they bear on JSON (.prettierrc; `singleQuote` does not: JSON
 * keeps its double quotes). The standalone build, so that this file needs nothing of Node.
 */
export const PRETTIER_JSON = { parser: 'json', printWidth: 120, plugins: [babel, estree] };

/**
 * A JSON file Sveltia saved, written as the project writes it: `before` itself when no value
 * changed, else the restored values through prettier, each object open over several lines where
 * the file (or, for a new one, its sibling) had it open, so that only changed values move.
 */
export async function jsonInProjectLayout(saved: string, before: string | undefined, rule?: FileRule) {
  const savedValue = parseOrUndefined(saved);
  const source = before === undefined ? undefined : sourceOrUndefined(before);
  if (savedValue === undefined || (before !== undefined && source === undefined)) return saved;
  const restored = restoreValues(savedValue, source?.value, rule);
  if (before !== undefined && sameValue(restored.value, source?.value)) return before;
  const isOpen = (object: object) => {
    const example = restored.exampleOf.get(object);
    return example !== undefined && source !== undefined && source.open.has(example);
  };
  return format(printJson(restored.value, isOpen), PRETTIER_JSON);
}

/** JSON with each object open or closed as `isOpen` says; the rest of the layout is prettier's. */
export function printJson(value: unknown, isOpen: (object: object) => boolean): string {
  if (Array.isArray(value)) return `[${value.map((item) => printJson(item, isOpen)).join(', ')}]`;
  if (!isPlain(value)) return JSON.stringify(value);
  const members = Object.entries(value).map(([key, inner]) => `${JSON.stringify(key)}: ${printJson(inner, isOpen)}`);
  return `{${isOpen(value) ? '\n' : ''}${members.join(', ')}}`;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function sourceOrUndefined(text: string): JsonSource | undefined {
  try {
    return readJsonSource(text);
  } catch {
    return undefined;
  }
}

import type { Plain } from './values';

/** A JSON file's values, and which of its objects the file writes over several lines. */
export interface JsonSource {
  value: unknown;
  /** Objects whose first key is on a line of its own: prettier keeps those open, and joins the rest. */
  open: WeakSet<object>;
}

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const SPACE = /[ \t\n\r]*/y;

/**
 * Reads JSON as JSON.parse does, also noting how each object is laid out: JSON.parse forgets
 * that, and prettier's output depends on it. Throws, naming the offset, on text that is not JSON.
 */
export function readJsonSource(text: string): JsonSource {
  const reader = new JsonReader(text);
  const value = reader.value();
  reader.space();
  if (reader.at !== text.length) reader.fail('the end of the file');
  return { value, open: reader.open };
}

class JsonReader {
  at = 0;
  readonly open = new WeakSet<object>();
  constructor(private readonly text: string) {}

  value(): unknown {
    this.space();
    const char = this.text[this.at];
    if (char === '{') return this.object();
    if (char === '[') {
      this.at += 1;
      return this.members(']', () => this.value());
    }
    if (char === '"') return JSON.parse(this.token(STRING) ?? this.fail('a string'));
    const literal = this.token(LITERAL);
    if (literal !== undefined) return JSON.parse(literal);
    return Number(this.token(NUMBER) ?? this.fail('a value'));
  }

  private object(): Plain {
    this.at += 1;
    const opensLine = this.space().includes('\n');
    const entries = this.members('}', () => {
      this.space();
      const key = JSON.parse(this.token(STRING) ?? this.fail('a key in double quotes')) as string;
      this.expect(':');
      return [key, this.value()] as const;
    });
    const object: Plain = Object.fromEntries(entries);
    if (opensLine) this.open.add(object);
    return object;
  }

  /** The items of an array or the entries of an object, up to its closing bracket. */
  private members<T>(close: string, read: () => T): T[] {
    const items: T[] = [];
    this.space();
    if (this.text[this.at] === close) {
      this.at += 1;
      return items;
    }
    for (;;) {
      items.push(read());
      this.space();
      if (this.text[this.at] !== ',') break;
      this.at += 1;
    }
    this.expect(close);
    return items;
  }

  space(): string {
    SPACE.lastIndex = this.at;
    const gap = SPACE.exec(this.text)?.[0] ?? '';
    this.at += gap.length;
    return gap;
  }

  private token(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const found = pattern.exec(this.text)?.[0];
    if (found !== undefined) this.at += found.length;
    return found;
  }

  private expect(char: string) {
    this.space();
    if (this.text[this.at] !== char) this.fail(`"${char}"`);
    this.at += 1;
  }

  fail(expected: string): never {
    const found = JSON.stringify(this.text.slice(this.at, this.at + 12));
    throw new SyntaxError(`not JSON at offset ${this.at}: expected ${expected}, found ${found}`);
  }
}

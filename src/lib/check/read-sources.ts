import { parseFrontmatter } from 'astro/markdown';
import { mdxToMdast } from 'satteri';
import type { ContentProblem } from '../content/errors';
import { positionAt } from '../content/position';

/** A content file as read from disk: where it is (relative to the project) and its bytes. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/** What reading a file gave: its value, or the problems that kept it from being read. */
export type Read<T> = { value: T; problems?: undefined } | { value?: undefined; problems: ContentProblem[] };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text; or a problem showing the text around the first byte that is not UTF-8, or saying it is empty. */
export function decodeUtf8({ path, bytes }: SourceFile): Read<string> {
  try {
    const text = strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
    if (text.trim() === '') {
      const fix = 'the file is empty; write its content, or start from npm run new -- <slug>';
      return { problems: [{ file: path, field: 'file', value: text, fix }] };
    }
    return { value: text };
  } catch {
    const at = bytes.findIndex((byte) => byte >= 0x80);
    const context = new TextDecoder('latin1')
      .decode(bytes.subarray(Math.max(0, at - 20), at + 20))
      .replace(/\s+/g, ' ');
    return {
      problems: [
        {
          file: path,
          field: 'encoding',
          value: context,
          fix: 'the file is not valid UTF-8 near this text; save it as UTF-8',
        },
      ],
    };
  }
}

/** What a JSON parser's complaint most likely means, in an editor's terms. */
function jsonFix(text: string, offset: number, reason: string): string {
  const before = text.slice(0, offset).trimEnd();
  const next = text[offset];
  if (before.endsWith(',') && (next === '}' || next === ']')) return 'remove the comma after the last item';
  if (next === "'") return 'JSON strings and names take double quotes: "like this"';
  if (/after (property value|array element)/.test(reason)) return 'add a comma between the two items';
  if (/property name/.test(reason)) return 'names in JSON are in double quotes, e.g. "title"';
  if (/Unterminated string|Bad control character/.test(reason)) return 'close the string with " on the same line';
  return 'fix the JSON here';
}

/** Parses a JSON file; a syntax error names its line and column and the likely fix. */
export function parseJson(path: string, text: string): Read<unknown> {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const reason = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(reason)?.[1] ?? text.length);
    const token = text.slice(offset, offset + 1) || 'the end of the file';
    return {
      problems: [
        {
          file: path,
          at: positionAt(text, offset),
          field: 'JSON syntax',
          value: token,
          fix: jsonFix(text, offset, reason),
        },
      ],
    };
  }
}

/** What a YAML parser's complaint most likely means in frontmatter. */
function yamlFix(line: string, reason: string): string {
  const value = line.slice(line.indexOf(':') + 1).trim();
  if (value.startsWith("'") && value.slice(1, -1).includes("'")) {
    return `an apostrophe ends a value in single quotes: write it twice (''), or put the value in double quotes`;
  }
  if (value.startsWith('"') && value.slice(1, -1).includes('"')) {
    return 'a double quote ends a value in double quotes: write \\" inside it, or put the value in single quotes';
  }
  if (/:\s/.test(value)) return 'a value that contains ": " needs quotes around it';
  return `${reason}: fix the frontmatter here (indent with spaces; quote values that contain : or #)`;
}

/** The parts of an MDX file: its frontmatter, and its body with the frontmatter's lines left blank. */
export interface MdxParts {
  frontmatter: unknown;
  /** Line for line as in the file, so positions in it are positions in the file. */
  body: string;
}

/** MDX syntax the compiler rejects, with what usually causes it. */
function mdxFix(reason: string): string {
  if (/end of file in expression|expression/.test(reason))
    return 'a { starts an expression in MDX: close it with }, or write \\{ for a brace in the text';
  if (/closing tag/.test(reason))
    return 'close the tag (on a line of its own, after a blank line, for a <Section> or <Passage>)';
  if (/character .* before name|name/.test(reason))
    return 'a < starts a tag in MDX: write &lt; for a less-than sign in the text';
  return 'fix the MDX syntax here';
}

/** Splits and parses an MDX file: YAML errors and MDX syntax errors name their line and column. */
export function parseMdx(path: string, text: string): Read<MdxParts> {
  let parts: MdxParts;
  try {
    const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    parts = { frontmatter: parsed.frontmatter, body: parsed.content };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    const firstLine = text.slice(0, text.indexOf('---')).split('\n').length;
    const line = (mark?.line ?? 0) + firstLine;
    const lineText = text.split('\n')[line - 1] ?? '';
    return {
      problems: [
        {
          file: path,
          at: { line, column: (mark?.column ?? 0) + 1 },
          field: 'frontmatter',
          value: lineText.trim(),
          fix: yamlFix(lineText, reason.split('\n')[0]!),
        },
      ],
    };
  }
  try {
    mdxToMdast(parts.body);
  } catch (error) {
    const [, line, column, reason = (error as Error).message] =
      /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/.exec((error as Error).message.split('\n')[0]!) ?? [];
    const where = line ? { line: Number(line), column: Number(column) } : undefined;
    const lineText = where ? (text.split('\n')[where.line - 1] ?? '').trim() : '';
    return {
      problems: [{ file: path, at: where, field: 'MDX', value: lineText, fix: `${reason}; ${mdxFix(reason)}` }],
    };
  }
  return { value: parts };
}

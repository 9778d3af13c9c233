import { Document, parse, parseDocument, Scalar } from 'yaml';
import { printFrontmatter } from './frontmatter-text';
import { restoreValues } from './restore';
import { editDocument, freshNode } from './yaml-edit';
import { isPlain, sameValue, type Plain } from './values';

/** An .mdx file as the project lays it out: the frontmatter's text, and the body between its margins. */
interface MdxFile {
  frontmatter: string;
  values: Plain;
  lead: string;
  body: string;
  trail: string;
}

/**
 * Reads a file as Sveltia reads one (its `parseEntryFile`): the text trimmed, the frontmatter
 * between `---` lines, the body after them less one blank line, then trimmed when it saves.
 */
function readSaved(saved: string): { values: Plain; body: string } | undefined {
  const text = saved.trim().replace(/\r\n?/g, '\n');
  const parts = /^---\n(?<head>[\s\S]*?)\n---(?:\n(?<body>[\s\S]*))?$/.exec(text)?.groups;
  const values = parts ? parseOrUndefined(parts['head'] ?? '') : undefined;
  if (!values) return undefined;
  return { values, body: (parts?.['body'] ?? '').trim() };
}

function readOnDisk(before: string): (MdxFile & { doc: Document }) | undefined {
  const parts = /^---\n(?<frontmatter>(?:[\s\S]*?\n)?)---\n(?<rest>[\s\S]*)$/.exec(before)?.groups;
  if (!parts) return undefined;
  const frontmatter = parts['frontmatter'] ?? '';
  const doc = parseDocument(frontmatter);
  const values = doc.errors.length === 0 ? (doc.toJS() as unknown) : undefined;
  if (!isPlain(values)) return undefined;
  const rest = parts['rest'] ?? '';
  const lead = /^\s*/.exec(rest)?.[0] ?? '';
  const trail = /\s*$/.exec(rest.slice(lead.length))?.[0] ?? '';
  return { frontmatter, values, doc, lead, body: rest.slice(lead.length, rest.length - trail.length), trail };
}

function parseOrUndefined(yaml: string): Plain | undefined {
  try {
    const values: unknown = parse(yaml);
    return isPlain(values) ? values : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An .mdx file Sveltia saved, written as the project writes it: `before` itself when nothing
 * changed; else the frontmatter edited field by field (untouched lines keep their bytes) and the
 * body as Sveltia kept it, between the margins `before` had.
 */
export function mdxInProjectLayout(saved: string, before: string | undefined): string {
  const now = readSaved(saved);
  if (!now) return saved;
  if (before === undefined) return newMdx(now.values, now.body);
  const was = readOnDisk(before);
  if (!was) return saved;
  const restored = restoreValues(now.values, was.values);
  const sameFrontmatter = sameValue(restored.value, was.values);
  if (sameFrontmatter && now.body === was.body) return before;
  let frontmatter = was.frontmatter;
  if (!sameFrontmatter) {
    const edited = parseDocument(was.frontmatter);
    editDocument(edited, was.values, restored);
    frontmatter = printFrontmatter(edited, was.values, was.frontmatter, was.doc);
  }
  if (now.body === '') return `---\n${frontmatter}---\n${was.body === '' ? was.lead : ''}`;
  const [lead, trail] = was.body === '' ? ['\n', '\n'] : [was.lead, was.trail];
  return `---\n${frontmatter}---\n${lead}${now.body}${trail}`;
}

/** A new file: its strings styled as the project's files style them, the body after one blank line. */
function newMdx(saved: Plain, body: string): string {
  const values = restoreValues(saved, undefined).value as Plain;
  const doc = new Document();
  doc.contents = freshNode(doc, values, [], Scalar.QUOTE_DOUBLE) as Document['contents'];
  const frontmatter = printFrontmatter(doc, {}, '', new Document());
  return `---\n${frontmatter}---\n${body === '' ? '' : `\n${body}\n`}`;
}

// Makes a content root with `count` analyses, each a copy of one template analysis under its own
// slug, title and event titles (so every card differs), so that a build does the work of that
// many distinct analyses. Event ids stay as they are: they only need to be unique in an analysis.
// The registry of actors comes along, as every analysis names its actors from it.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {{ count: number, into: string, template: string, from?: string }} options
 *   `from` is the content root the template is read from (the site itself by default).
 */
export function generateAnalyses({ count, into, template, from = '.' }) {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(join(into, 'content/analyses'), { recursive: true });
  mkdirSync(join(into, 'data/events'), { recursive: true });
  cpSync(join(from, 'data/entities'), join(into, 'data/entities'), { recursive: true });
  const mdx = readFileSync(join(from, `content/analyses/${template}.mdx`), 'utf8');
  const events = JSON.parse(readFileSync(join(from, `data/events/${template}.json`), 'utf8'));
  for (let n = 1; n <= count; n++) {
    const slug = `${template}-${String(n).padStart(3, '0')}`;
    const title = (/** @type {string} */ line) => line.replace(/^title: (['"]?)(.*)\1$/m, `title: $1$2 (${n})$1`);
    writeFileSync(join(into, `content/analyses/${slug}.mdx`), title(mdx));
    const copy = structuredClone(events);
    for (const event of copy.events) event.title = `${event.title} (${n})`;
    writeFileSync(join(into, `data/events/${slug}.json`), `${JSON.stringify(copy, null, 2)}\n`);
  }
}

// Makes a content root of `count` distinct analyses for the benchmarks, in turn from the templates
// below: the published analysis (Afghanistan, Iran and Pakistan; 25 events; English, Dari and
// Pashto) every other time, and the Baltic (3 events; its Dari also stands in for Pashto), Nordic
// (15 events) and Caucasus (5 events) fixtures, in English only, between. Each copy has its own
// slug, and a number before its title and every section's and event's title in every edition,
// so that every card differs. Event ids stay as they are: they only need to be unique in an analysis. The
// templates' actors come along, as every analysis names its actors from the registry.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ANALYSES_FOLDER,
  EDITIONS_FOLDERS,
  editionFolders,
  ENTITIES_FOLDER,
  EVENTS_FOLDER,
} from '../../src/lib/content/paths.ts';

const PUBLISHED = { root: '.', slug: 'taliban-iran-pakistan-2022' };
const fixture = (/** @type {string} */ name, /** @type {Record<string, string>} */ standIns = {}) => ({
  root: join('tests/fixtures/sites', name),
  slug: `${name}-fixture`,
  standIns,
});

/**
 * The analyses a generated site is made of, in turn. `standIns` gives an edition the template
 * lacks the text of another edition in the same script, so that its cost is counted.
 * @type {{ root: string, slug: string, standIns?: Record<string, string> }[]}
 */
export const TEMPLATES = [
  PUBLISHED,
  fixture('baltic', { ps: 'fa' }),
  PUBLISHED,
  fixture('nordic'),
  PUBLISHED,
  fixture('caucasus'),
];

/** Every analysis the published one, in its three editions with all its cards: the scale probe's. */
export const PUBLISHED_ONLY = [PUBLISHED];

/** The editions of a template: its codes, each with the code of the files it is made from. */
function editionsOf(/** @type {(typeof TEMPLATES)[number]} */ template) {
  const folder = join(template.root, EDITIONS_FOLDERS.mdx);
  const own = existsSync(folder)
    ? readdirSync(folder).filter((code) => existsSync(join(folder, code, `${template.slug}.mdx`)))
    : [];
  const standIns = Object.entries(template.standIns ?? {}).filter(
    ([code, from]) => own.includes(from) && !own.includes(code),
  );
  return [...own.map((code) => ({ code, from: code })), ...standIns.map(([code, from]) => ({ code, from }))];
}

/**
 * The MDX with its title and its sections' titles numbered at their start, where a card that
 * shortens a long title still shows the number.
 */
const numberTitles = (/** @type {string} */ mdx, /** @type {number} */ n) =>
  mdx.replace(/^title: (['"]?)(.*)\1$/m, `title: $1${n} $2$1`).replace(/(<Section\b[^>]*\btitle=")/g, `$1${n} `);

const readJson = (/** @type {string} */ path) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (/** @type {string} */ path, /** @type {unknown} */ value) =>
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** Writes copy `n` of a template under `into`, as `slug`. */
function writeCopy(
  /** @type {(typeof TEMPLATES)[number]} */ template,
  /** @type {string} */ into,
  /** @type {number} */ n,
) {
  const slug = `${template.slug}-${String(n).padStart(4, '0')}`;
  const mdx = readFileSync(join(template.root, ANALYSES_FOLDER, `${template.slug}.mdx`), 'utf8');
  writeFileSync(join(into, ANALYSES_FOLDER, `${slug}.mdx`), numberTitles(mdx, n));
  const events = readJson(join(template.root, EVENTS_FOLDER, `${template.slug}.json`));
  for (const event of events.events) event.title = `${n} ${event.title}`;
  writeJson(join(into, EVENTS_FOLDER, `${slug}.json`), events);
  for (const { code, from } of editionsOf(template)) {
    mkdirSync(join(into, editionFolders(code).mdx), { recursive: true });
    mkdirSync(join(into, editionFolders(code).json), { recursive: true });
    const text = readFileSync(join(template.root, editionFolders(from).mdx, `${template.slug}.mdx`), 'utf8');
    writeFileSync(join(into, editionFolders(code).mdx, `${slug}.mdx`), numberTitles(text, n));
    const words = readJson(join(template.root, editionFolders(from).json, `${template.slug}.json`));
    for (const event of Object.values(words.events ?? {})) event.title = `${n} ${event.title}`;
    writeJson(join(into, editionFolders(code).json, `${slug}.json`), words);
  }
}

/**
 * @param {{ count: number, into: string, templates?: typeof TEMPLATES }} options
 * @returns {{ editions: number }} how many editions the analyses have in all
 */
export function generateAnalyses({ count, into, templates = TEMPLATES }) {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(join(into, ANALYSES_FOLDER), { recursive: true });
  mkdirSync(join(into, EVENTS_FOLDER), { recursive: true });
  for (const template of new Set(templates)) {
    cpSync(join(template.root, ENTITIES_FOLDER), join(into, ENTITIES_FOLDER), { recursive: true });
  }
  let editions = 0;
  for (let n = 1; n <= count; n++) {
    const template = templates[(n - 1) % templates.length];
    writeCopy(template, into, n);
    editions += 1 + editionsOf(template).length;
  }
  return { editions };
}

import { parse, type ElementNode, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { headingAnchor, hrefTo } from '../anchors.ts';
import { EDITIONS, searchLanguage, WORDS, type EditionCode } from '../i18n/editions.ts';
import { isElement, textOf } from './html-text.ts';

// What search finds on a built page. An analysis is found passage by passage, so that a result
// leads to the passage itself (its records are then indexed as one document, documents.ts); every
// other page is found as a whole. Read from the HTML the build wrote, the same words a reader
// sees. Relative imports name their `.ts`: the build script runs this under Node.

/** One thing search can find: a passage, a section, or a page's own words. */
export interface SearchRecord {
  /** Where the result leads: the page, or a section or passage on it ("/fa/analyses/x/#water-release"). */
  url: string;
  /** Its words, as plain text. */
  content: string;
  /** The index it belongs to: its edition's search language ("fa" for "fa-AF"; see searchLanguage). */
  language: string;
  /** The result's title: the page's, or for a passage its section's and its analysis's. */
  meta: { title: string };
}

/** Between a section's title and its analysis's, as each edition writes such pairs. */
const SEPARATORS: Record<string, string> = Object.fromEntries(
  EDITIONS.map((edition) => [searchLanguage(edition), WORDS[edition.code as EditionCode].punctuation.separator]),
);

/** The search records of the page at `path`, read from its HTML (`file` names it in errors). */
export function pageRecords(html: string, path: string, file: string): SearchRecord[] {
  const document = parse(html) as Node;
  const language = pageLanguage(document, file);
  const sections = querySelectorAll(document, 'section.analysis-section').filter(isElement);
  const records =
    sections.length > 0
      ? analysisRecords(document, sections, { path, file, language })
      : [wholePageRecord(document, { path, file, language })];
  return records.filter((record) => record.content !== '');
}

interface Page {
  path: string;
  file: string;
  language: string;
}

function pageLanguage(document: Node, file: string): string {
  const lang = querySelector(document, 'html')?.attributes?.lang as string | undefined;
  const language = lang?.split('-')[0]?.toLowerCase();
  if (!language || !SEPARATORS[language]) {
    throw new Error(
      `${file}: <html lang>: found ${JSON.stringify(lang ?? null)}; every searched page names an edition's language (${Object.keys(SEPARATORS).join(', ')}), as BaseLayout writes it`,
    );
  }
  return language;
}

/** The text of the one element `selector` finds, which the page must have. */
function textAt(root: Node, selector: string, what: string, file: string): string {
  const element = querySelector(root, selector);
  const text = element ? textOf(element) : '';
  if (!text) throw new Error(`${file}: ${what} (${selector}): found none; the page's template writes one`);
  return text;
}

const isPassage = (element: ElementNode) => /\bpassage\b/.test(element.attributes.class ?? '');

/** An analysis: its headline and standfirst, then each section's heading and each passage on its own. */
function analysisRecords(document: Node, sections: ElementNode[], page: Page): SearchRecord[] {
  const title = textAt(document, 'h1', 'the headline', page.file);
  const record = (url: string, content: string, section?: string): SearchRecord => ({
    url,
    content,
    language: page.language,
    meta: { title: section ? `${section}${SEPARATORS[page.language]}${title}` : title },
  });
  const dek = querySelector(document, 'h1 + p');
  const records = [record(page.path, `${title} ${dek ? textOf(dek) : ''}`.trim())];
  for (const section of sections) {
    const id = section.attributes.id;
    if (!id)
      throw new Error(`${page.file}: <section class="analysis-section"> id: found none; Section.astro writes one`);
    const heading = textAt(section, `#${headingAnchor(id)}`, `<section id="${id}"> heading`, page.file);
    // The heading, and any words between the passages, which belong to no passage.
    records.push(record(`${page.path}${hrefTo(id)}`, textOf(section, isPassage), heading));
    for (const passage of querySelectorAll(section, '.passage[id]').filter(isElement)) {
      records.push(record(`${page.path}${hrefTo(passage.attributes.id!)}`, textOf(passage), heading));
    }
  }
  return records;
}

/** Any other page, whole: what it marks `data-pagefind-body`, or else its `<main>`, titled by its headline. */
function wholePageRecord(document: Node, page: Page): SearchRecord {
  const body = querySelector(document, '[data-pagefind-body]') ?? querySelector(document, 'main');
  if (!body) throw new Error(`${page.file}: <main>: found none; every page's layout writes one`);
  const title = textAt(document, 'h1', 'the headline', page.file);
  return { url: page.path, content: textOf(body), language: page.language, meta: { title } };
}

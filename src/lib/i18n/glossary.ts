import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../content/root';

/** One term of `content/glossary.json`: its English forms, and the one spelling each edition uses. */
interface Term {
  id: string;
  en: string[];
  [code: string]: unknown;
}

let terms: Map<string, Term> | undefined;

/**
 * The glossary's word for a term in an edition ("iran" in Dari is "ایران"), or undefined where
 * the glossary has none. A site without a glossary (a fixture) has no terms.
 */
export function glossaryWord(id: string, code: string): string | undefined {
  if (!terms) {
    const file = join(contentRoot(), 'content/glossary.json');
    const list = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { terms: Term[] }).terms : [];
    terms = new Map(list.map((term) => [term.id, term]));
  }
  const term = terms.get(id);
  if (!term) return undefined;
  const word = code === 'en' ? term.en[0] : term[code];
  return typeof word === 'string' ? word : undefined;
}

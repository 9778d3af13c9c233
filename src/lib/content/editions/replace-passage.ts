import type { ContentProblem } from '../errors.ts';

/** An edition's MDX with one passage's text replaced, or why it cannot be. */
export type ReplacedPassage = { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem };

const PASSAGE = /(<Passage\b[^>]*>)([\s\S]*?)(<\/Passage>)/g;
const idOf = (tag: string) => /\bid\s*=\s*"([^"]*)"/.exec(tag)?.[1];

/**
 * The edition's MDX (`path` names it in problems) with the text of passage `id` replaced by
 * `text`. Only that passage's words change: its tag, stamp included, the blank lines around its
 * text and every other byte of the file stay as they were. A translator's text that would open or
 * close a passage is refused, since it would change the passages the file has.
 */
export function replacePassageText(path: string, edition: string, id: string, text: string): ReplacedPassage {
  const field = `<Passage id="${id}">`;
  const words = text.trim();
  const tag = /<\/?Passage\b[^>]*>?/.exec(words)?.[0];
  if (tag !== undefined)
    return {
      problem: { file: path, field, value: tag, fix: 'a passage cannot hold passage tags; write only its text' },
    };
  if (words === '')
    return {
      problem: {
        file: path,
        field,
        value: text,
        fix: 'write the translation; an empty passage leaves readers nothing',
      },
    };
  let found = false;
  const replaced = edition.replace(PASSAGE, (whole, open: string, inner: string, close: string) => {
    if (found || idOf(open) !== id) return whole;
    found = true;
    const before = inner.trim() === '' ? '\n\n' : /^\s*/.exec(inner)![0];
    const after = inner.trim() === '' ? '\n\n' : /\s*$/.exec(inner)![0];
    return `${open}${before}${words}${after}${close}`;
  });
  if (!found)
    return {
      problem: {
        file: path,
        field: '<Passage id>',
        value: id,
        fix: 'the edition has no passage with this id; translate it there first',
      },
    };
  return { text: replaced };
}

// The runs of words a page shares with the reporting it was written from, so that a journalist can
// see, before publishing, where their words are still the source's. Pure: text in, runs out.
import { decodeEntities } from '../../src/lib/html-entities.ts';

/**
 * The text a reader sees in an HTML page (or a plain text, which passes through): scripts,
 * styles, comments and tags removed, character references decoded.
 * @param {string} html
 */
export function visibleText(html) {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/**
 * The words of a text, lowercased, punctuation dropped. Letters, marks and digits of any script
 * make a word, so Dari and Pashto split as Latin does; an apostrophe inside a word ("Taliban's")
 * and the zero-width non-joiner inside a Persian word ("می‌شود") keep it one word.
 * @param {string} text
 */
export function wordsOf(text) {
  const joined = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '');
  return joined.match(/[\p{L}\p{M}\p{N}]+(?:\u200c[\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}

/**
 * Every run of `length` or more consecutive words of `page` that also stands, in that order, in
 * `source`; each run once, in the order the page first has it.
 * @param {string} source the reporting, as text or HTML
 * @param {string} page the published text, as HTML or text
 * @param {number} [length]
 * @returns {string[][]}
 */
export function sharedRuns(source, page, length = 8) {
  const theirs = wordsOf(visibleText(source));
  const mine = wordsOf(visibleText(page));
  const gramAt = (/** @type {string[]} */ words, /** @type {number} */ from) =>
    words.slice(from, from + length).join(' ');
  const grams = new Set();
  for (let i = 0; i + length <= theirs.length; i++) grams.add(gramAt(theirs, i));
  /** @type {Map<string, string[]>} */
  const runs = new Map();
  let i = 0;
  while (i + length <= mine.length) {
    if (!grams.has(gramAt(mine, i))) {
      i += 1;
      continue;
    }
    // Grow the run while the next eight words, one further on, are the source's too.
    let end = i + length;
    while (end < mine.length && grams.has(gramAt(mine, end - length + 1))) end += 1;
    const run = mine.slice(i, end);
    runs.set(run.join(' '), run);
    i = end;
  }
  return [...runs.values()];
}

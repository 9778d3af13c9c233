import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content';
import { checkEditions } from '../../../src/lib/check/editions/check-editions';
import { formatProblem } from '../../../src/lib/content/errors';
import { worldAtlas } from '../../../src/lib/geo/atlas';

// The Dari edition of the first analysis as the content check reads it, each test with one
// mistake a translator makes, and what the build prints for it.

const SLUG = 'taliban-iran-pakistan-2022';
const ANALYSIS = `content/analyses/${SLUG}.mdx`;
const EVENTS = `data/events/${SLUG}.json`;
const MDX = `content/editions/fa/${SLUG}.mdx`;
const JSON_FILE = `data/editions/fa/${SLUG}.json`;
const read = (path: string) => readFileSync(path, 'utf8');
const mdx = read(MDX);
const json = read(JSON_FILE);
const asFiles = (files: Record<string, string>) =>
  Object.entries(files).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));

/** The original, checked as the build checks it before its editions. */
const original = () =>
  checkContent('.', asFiles({ [ANALYSIS]: read(ANALYSIS), [EVENTS]: read(EVENTS) }), worldAtlas().countries).checked;
/** The editions' check of these files beside the original. */
const check = (files: Record<string, string>) => checkEditions('.', asFiles({ [ANALYSIS]: '', ...files }), original());
const lines = (files: Record<string, string>) => check(files).problems.map(formatProblem);

test('the Dari edition as published is sound, and up to date with the original', () => {
  const result = check({ [MDX]: mdx, [JSON_FILE]: json });
  expect(result.problems).toEqual([]);
  expect(result.stale).toEqual([]);
  expect(result.bySlug.get(SLUG)!.map((edition) => edition.code)).toEqual(['fa']);
});

describe('an edition’s files', () => {
  test('an edition is both its files: the one missing is named beside the one there', () => {
    expect(lines({ [MDX]: mdx })).toEqual([
      `${JSON_FILE}: file: found nothing; the fa edition of ${SLUG} has ${MDX} but not this file; an edition is both`,
    ]);
    expect(lines({ [JSON_FILE]: json })).toEqual([
      `${MDX}: file: found nothing; the fa edition of ${SLUG} has ${JSON_FILE} but not this file; an edition is both`,
    ]);
  });

  test('an edition of an analysis that does not exist, or a file named otherwise than an address', () => {
    expect(lines({ 'content/editions/fa/other.mdx': mdx, 'data/editions/fa/other.json': json })).toEqual([
      'content/editions/fa/other.mdx: file name: found "other.mdx"; there is no content/analyses/other.mdx for it to translate; name it after the original',
    ]);
    const misnamed = check({ [MDX]: mdx, [JSON_FILE]: json, 'content/editions/fa/Notes.mdx': mdx });
    expect(misnamed.problems.map(formatProblem)).toEqual([
      `content/editions/fa/Notes.mdx: file name: found "Notes.mdx"; the name is the analysis's address: lowercase words joined by hyphens, e.g. notes.mdx`,
    ]);
    // The sound edition beside it is still published.
    expect(misnamed.bySlug.get(SLUG)).toHaveLength(1);
  });

  test('a words file that is not JSON, or frontmatter with a misspelt field, is named, and the edition not published', () => {
    const broken = check({ [MDX]: mdx, [JSON_FILE]: '{ title: 1 }' });
    expect(broken.problems.map(formatProblem)).toEqual([
      `${JSON_FILE}:1:3: JSON syntax: found "t"; names in JSON are in double quotes, e.g. "title"`,
    ]);
    expect(broken.bySlug.get(SLUG) ?? []).toEqual([]);
    expect(lines({ [MDX]: mdx.replace(/^title:/m, 'titel:'), [JSON_FILE]: json })).toEqual([
      `${MDX}: titel: found "میان تهران و اسلام‌آباد، طالبان دامنه مانور خود را می‌آزمایند"; this field is not one the site reads; did you mean "title"?`,
    ]);
  });
});

/** The line of the edition's MDX a tag starts on, as the check reports it. */
const lineOf = (tag: string) => mdx.slice(0, mdx.indexOf(tag)).split('\n').length;

describe('an edition’s text against the original', () => {
  test('a passage links the places its original links, no more and no fewer', () => {
    expect(lines({ [MDX]: mdx.replace('<Place to="kabul">', '<Place to="herat">'), [JSON_FILE]: json })).toEqual([
      `${MDX}:${lineOf('<Passage id="six-months-on"')}:1: <Passage id="six-months-on"> <Place to>: found nothing; the original links <Place to="kabul"> in this passage; link the same place here`,
      `${MDX}:${lineOf('<Passage id="six-months-on"')}:1: <Passage id="six-months-on"> <Place to>: found "herat"; the original has no such <Place> in this passage; link only what it links`,
    ]);
  });

  test('a section without its id stops the edition with the line to mend', () => {
    expect(lines({ [MDX]: mdx.replace(/<Section id="[^"]+"/, '<Section'), [JSON_FILE]: json })).toEqual([
      `${MDX}:${lineOf('<Section id=')}:1: <Section id>: found nothing; give every <Section> an id such as id="iran"`,
    ]);
  });

  test('every correction is translated, in the same number as the original’s', () => {
    const oneFewer = mdx.replace(/^ {2}- wrong: .*\n {4}right: .*\n/m, '');
    expect(oneFewer).not.toBe(mdx);
    const count = original()[0]!.analysis.corrections.length;
    expect(lines({ [MDX]: oneFewer, [JSON_FILE]: json })).toEqual([
      `${MDX}: corrections: found ${count - 1}; the original has ${count} corrections; translate each one's wrong and right, in the same order`,
    ]);
  });

  test('a passage translating an earlier version of the original is listed as stale, not refused', () => {
    const [first] = /translates="([^"]+)"/.exec(mdx)!;
    const result = check({ [MDX]: mdx.replace(first, 'translates="0000000"'), [JSON_FILE]: json });
    expect(result.problems).toEqual([]);
    expect(result.stale.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${MDX}:\\d+:1: <Passage id="[a-z-]+"> translates: found "0000000"; the original passage has changed since`,
        ),
      ),
    ]);
  });
});

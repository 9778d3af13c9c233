import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content/errors';
import { replacePassageText } from '../../../src/lib/content/editions/replace-passage';
import { BALTIC_FILES } from '../baltic-site';

const edition = readFileSync(BALTIC_FILES.edition, 'utf8');
const FILE = 'content/editions/fa/baltic-fixture.mdx';
const RIGA_FA = 'بندی آزمایشی دربارهٔ دیداری در ریگا.';
const problem = (result: ReturnType<typeof replacePassageText>) => result.problem && formatProblem(result.problem);

describe('saving a passage’s translated text', () => {
  test('replaces that passage’s words and not a byte else of the file', () => {
    const saved = replacePassageText(FILE, edition, 'riga-passage', 'متن تازه.');
    expect(saved.text).toBe(edition.replace(RIGA_FA, 'متن تازه.'));
  });

  test('keeps the blank lines the file had around the text, whatever the page sent', () => {
    const saved = replacePassageText(FILE, edition, 'riga-passage', '\n  متن تازه.\n\n\n');
    expect(saved.text).toBe(edition.replace(RIGA_FA, 'متن تازه.'));
  });

  test('keeps a dollar sign as written', () => {
    expect(replacePassageText(FILE, edition, 'riga-passage', '$& $1 ۱۰ دالر').text).toContain('\n\n$& $1 ۱۰ دالر\n\n');
  });

  test('refuses text that would open or close a passage, naming the file, the passage and the tag', () => {
    expect(problem(replacePassageText(FILE, edition, 'riga-passage', 'a </Passage> b'))).toBe(
      `${FILE}: <Passage id="riga-passage">: found "</Passage>"; a passage cannot hold passage tags; write only its text`,
    );
  });

  test('refuses an empty translation', () => {
    expect(problem(replacePassageText(FILE, edition, 'riga-passage', '  \n'))).toMatch(
      /: found "  \\n"; write the translation/,
    );
  });

  test('refuses a passage the edition lacks', () => {
    expect(problem(replacePassageText(FILE, edition, 'nowhere', 'x'))).toBe(
      `${FILE}: <Passage id>: found "nowhere"; the edition has no passage with this id; translate it there first`,
    );
  });
});

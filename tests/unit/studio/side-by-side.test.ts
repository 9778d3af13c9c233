import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { passageTexts } from '../../../src/lib/content/editions/passage-text';
import { pairPassages, standingOf } from '../../../src/lib/content/editions/side-by-side';
import { BALTIC_FILES, checkBaltic } from '../baltic-site';
import { RIGA } from './work-site';

const original = readFileSync(BALTIC_FILES.analysis, 'utf8');
const edition = readFileSync(BALTIC_FILES.edition, 'utf8');
const behind = (english: string, translated = edition) =>
  pairPassages(english, translated)
    .filter((pair) => pair.standing === 'behind')
    .map((pair) => pair.id);
/** The passages the build's content check lists as stale after the same change of the English. */
const staleInCheck = (edit: (body: string) => string) =>
  checkBaltic({ body: edit }).stale.map((line) => /<Passage id="([^"]+)">/.exec(line)![1]);

describe('a passage is behind exactly when its English changed since it was translated', () => {
  test('as the fixture stands, no passage is behind', () => {
    expect(pairPassages(original, edition).map((pair) => pair.standing)).toEqual(['current', 'current']);
  });

  test.each(passageTexts(original).map((passage) => [passage.id, passage.inner.trim()] as const))(
    'changing the words of %s puts it, and it alone, behind, as the content check says',
    (id, words) => {
      const edit = (text: string) => text.replace(words, `${words} Changed.`);
      expect(behind(edit(original))).toEqual([id]);
      expect(staleInCheck(edit)).toEqual([id]);
    },
  );

  test('changing only line breaks and spacing leaves it up to date, as the content check says', () => {
    const edit = (text: string) => text.replace('a meeting in Riga.', 'a meeting\nin   Riga.');
    expect(edit(original)).not.toBe(original);
    expect(behind(edit(original))).toEqual([]);
    expect(staleInCheck(edit)).toEqual([]);
  });

  test('a passage with no stamp is not marked, and one the edition lacks is missing', () => {
    const unstamped = edition.replace(' translates="fadca845"', '');
    expect(pairPassages(original, unstamped).map((pair) => pair.standing)).toEqual(['current', 'unstamped']);
    const without = edition.replace(/<Passage id="riga-passage"[\s\S]*?<\/Passage>/, '');
    expect(pairPassages(original, without).at(-1)).toMatchObject({ id: 'riga-passage', standing: 'untranslated' });
  });

  test('each passage shows the English and the translation as written, without the blank lines around them', () => {
    const riga = pairPassages(original, edition).at(-1)!;
    expect(riga.english).toBe(RIGA);
    expect(riga.translation).toBe('بندی آزمایشی دربارهٔ دیداری در ریگا.');
  });

  test('a stamp is compared with the version as it is, nothing more', () => {
    expect(standingOf('abc', 'abc')).toBe('current');
    expect(standingOf('abc', 'abd')).toBe('behind');
    expect(standingOf(undefined, 'abc')).toBe('unstamped');
  });
});

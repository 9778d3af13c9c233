import { afterEach, describe, expect, test } from 'vitest';
import {
  translationsApi,
  type TranslationPassages,
  type TranslationsList,
} from '../../../src/integrations/studio/translations';
import { EDITION, RIGA, SLUG, workSite } from './work-site';

const sites: { remove: () => void }[] = [];
afterEach(() => sites.splice(0).forEach((site) => site.remove()));
/** The Baltic site with its riga passage's English changed since the Dari was stamped. */
const site = () => {
  const made = workSite((english) => english.replace(RIGA, `${RIGA} Corrected.`));
  sites.push(made);
  return made;
};
const call = async (root: string, path: string, body?: unknown, query = '') =>
  translationsApi[path]!({ root, url: new URL(`http://studio.invalid${path}${query}`), body });

describe('the translators’ calls', () => {
  test('the list names each edition of each analysis with how many passages are behind', async () => {
    const { value } = await call(site().root, '/studio/api/translations/');
    const list = value as TranslationsList;
    expect(list.editions.map((edition) => [edition.code, edition.dir])).toEqual([
      ['fa', 'rtl'],
      ['ps', 'rtl'],
    ]);
    expect(list.analyses).toEqual([
      expect.objectContaining({
        slug: SLUG,
        translations: [
          { code: 'fa', file: EDITION, passages: 2, counts: { current: 1, behind: 1, unstamped: 0, untranslated: 0 } },
        ],
      }),
    ]);
  });

  test('the passages of one edition come in the original’s order, the changed one behind', async () => {
    const { value } = await call(site().root, '/studio/api/translations/passages/', undefined, `?code=fa&slug=${SLUG}`);
    const piece = value as TranslationPassages;
    expect(piece.passages.map((pair) => [pair.id, pair.standing])).toEqual([
      ['border-passage', 'current'],
      ['riga-passage', 'behind'],
    ]);
    expect(piece.edition).toMatchObject({ code: 'fa', htmlLang: 'fa-AF', dir: 'rtl' });
  });

  test('marking a passage caught up answers it up to date, and names the file written', async () => {
    const { root } = site();
    const { value } = await call(root, '/studio/api/translations/caught-up/', {
      code: 'fa',
      slug: SLUG,
      passage: 'riga-passage',
    });
    const piece = value as TranslationPassages;
    expect(piece.written).toEqual([EDITION]);
    expect(piece.counts.behind).toBe(0);
  });

  test('saving a text changes that passage only, and refuses when the file changed since it was shown', async () => {
    const work = site();
    const body = { code: 'fa', slug: SLUG, passage: 'riga-passage', text: 'متن تازه.' };
    const stale = await call(work.root, '/studio/api/translations/text/', { ...body, was: 'something else' });
    expect(stale.status).toBe(409);
    const saved = await call(work.root, '/studio/api/translations/text/', {
      ...body,
      was: 'بندی آزمایشی دربارهٔ دیداری در ریگا.',
    });
    expect((saved.value as TranslationPassages).passages[1]).toMatchObject({
      translation: 'متن تازه.',
      standing: 'behind',
    });
    expect(work.read(EDITION)).toContain('\n\nمتن تازه.\n\n</Passage>');
  });

  test('a wrong edition, analysis or body is refused in one line naming the field, the value and the fix', async () => {
    const { root } = site();
    const passages = '/studio/api/translations/passages/';
    expect((await call(root, passages, undefined, `?code=xx&slug=${SLUG}`)).value).toEqual({
      error: 'content/editions/<code>: code: found "xx"; name a translated edition: fa, ps',
    });
    expect((await call(root, passages, undefined, '?code=fa&slug=nope')).value).toEqual({
      error: `content/analyses: slug: found "nope"; name an analysis: ${SLUG}`,
    });
    const noPassage = await call(root, '/studio/api/translations/caught-up/', { code: 'fa', slug: SLUG });
    expect(noPassage).toEqual({
      status: 400,
      value: {
        error:
          '/studio/api/translations/caught-up/: body.passage: found nothing; POST a JSON object with the strings code, slug, passage',
      },
    });
  });
});

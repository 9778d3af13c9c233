import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { passageVersion } from '../../../src/lib/content/editions/passage-text';
import { stampEdition, unknownPassages } from '../../../src/lib/content/editions/stamp';
import { translationsApi } from '../../../src/integrations/studio/translations';
import { BALTIC_FILES } from '../baltic-site';
import { EDITION, ORIGINAL, RIGA, SLUG, workSite } from './work-site';

const original = readFileSync(BALTIC_FILES.analysis, 'utf8');
const edition = readFileSync(BALTIC_FILES.edition, 'utf8');
const changed = original.replace(RIGA, 'A fixture paragraph about a meeting in Riga, corrected.');
const rigaNow = passageVersion('\n\nA fixture paragraph about a meeting in Riga, corrected.\n\n');

describe('stamping a passage as caught up', () => {
  test('writes the original passage’s version into its translates, and changes nothing else', () => {
    const { text, stamped } = stampEdition(changed, edition, ['riga-passage']);
    expect(stamped).toBe(1);
    expect(text).toBe(edition.replace('translates="fadca845"', `translates="${rigaNow}"`));
  });

  test('with no passage named, stamps every passage the original has', () => {
    expect(stampEdition(changed, edition).stamped).toBe(2);
  });

  test('puts the stamp last among the tag’s attributes, where it always was', () => {
    const reordered = edition.replace(
      '<Passage id="riga-passage" translates="fadca845">',
      '<Passage translates="0" id="riga-passage">',
    );
    expect(stampEdition(changed, reordered, ['riga-passage']).text).toContain(
      `<Passage id="riga-passage" translates="${rigaNow}">`,
    );
  });

  test('leaves alone a passage the original lacks, and names it among the unknown', () => {
    const extra = `${edition}\n<Passage id="nowhere" translates="0">\n\nx\n\n</Passage>\n`;
    expect(stampEdition(changed, extra).text).toContain('<Passage id="nowhere" translates="0">');
    expect(unknownPassages(changed, ['riga-passage', 'nowhere'])).toEqual(['nowhere']);
  });
});

describe('npm run translated and the studio write the same file', () => {
  const sites: { remove: () => void }[] = [];
  afterEach(() => sites.splice(0).forEach((site) => site.remove()));
  const changedSite = () => {
    const site = workSite((english) =>
      english.replace(RIGA, 'A fixture paragraph about a meeting in Riga, corrected.'),
    );
    sites.push(site);
    return site;
  };

  test('marking riga-passage caught up in the studio gives the file npm run translated gives', async () => {
    const byScript = changedSite();
    const output = execFileSync(process.execPath, ['scripts/translated.mjs', 'fa', SLUG, 'riga-passage'], {
      env: { ...process.env, BORDERLINES_CONTENT_ROOT: byScript.root },
      encoding: 'utf8',
    });
    expect(output).toBe(`${byScript.root}/${EDITION}: 1 passage now follow the original as it stands.\n`);

    const byStudio = changedSite();
    const answer = await translationsApi['/studio/api/translations/caught-up/']!({
      root: byStudio.root,
      url: new URL('http://studio.invalid/studio/api/translations/caught-up/'),
      body: { code: 'fa', slug: SLUG, passage: 'riga-passage' },
    });
    expect(answer.status ?? 200).toBe(200);
    expect(byStudio.read(EDITION)).toBe(byScript.read(EDITION));
    expect(byStudio.read(EDITION)).toBe(stampEdition(byStudio.read(ORIGINAL), edition, ['riga-passage']).text);
  });
});

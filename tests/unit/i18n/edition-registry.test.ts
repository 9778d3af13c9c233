import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EDITION_CODES, EDITIONS, TRANSLATIONS, WORDS } from '../../../src/lib/i18n/editions';
import { langFor } from '../../../src/lib/i18n/lang';
import { EntityRecordSchema } from '../../../src/schemas/entity-record';

// The registry (src/lib/i18n/editions.ts) is the one list of editions: a file that kept its own
// list would leave out the next language added. tests/build/new-edition.test.ts adds one and
// builds it; this reads the code for the places a list hides.

/** The code that ships or builds the site: benchmarks shape made-up text per script and are left out. */
const SOURCES = ['src', 'scripts', 'astro.config.mjs'];
const LEFT_OUT = ['scripts/bench', 'src/lib/i18n/editions.ts', 'src/lib/i18n/words'];
const CODE = /\.(ts|tsx|mjs|js|astro)$/;

function sourceFiles(path: string): string[] {
  if (LEFT_OUT.some((left) => path === left)) return [];
  if (CODE.test(path)) return [path];
  try {
    return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
  } catch {
    return [];
  }
}

/** Where a file names a translated edition in code: as a quoted string ('fa', 'fa-AF') or an object key (fa:). */
function namings(text: string, code: string): string[] {
  const spelled = new RegExp(`['\`]${code}(-[A-Za-z]+)*['\`]|^\\s*${code}\\s*:|[{,]\\s*${code}\\s*[:,}]`, 'gm');
  return [...text.matchAll(spelled)].map((match) => match[0].trim());
}

describe('the edition registry', () => {
  test('no source file but the registry and the words files names a translated edition', () => {
    const found = SOURCES.flatMap(sourceFiles).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return TRANSLATIONS.flatMap(({ code }) => namings(text, code).map((naming) => `${file}: ${naming}`));
    });
    expect(found).toEqual([]);
  });

  test('the check above sees a list where one is spelled', () => {
    expect(namings("const WORDS = { en, fa, ps };\nconst LOCALES = { fa: 'fa-AF' };", 'fa')).toEqual([
      ', fa,',
      '{ fa:',
      "'fa-AF'",
    ]);
  });

  test('every edition has its words, its Lang and a name an actor must be given in it', () => {
    expect(Object.keys(WORDS)).toEqual(EDITION_CODES);
    expect(EDITIONS.map((edition) => langFor(edition.code).edition)).toEqual(EDITIONS);
    expect(Object.keys(EntityRecordSchema.shape.names.shape)).toEqual(EDITION_CODES);
  });

  test('an actor without its Pashto name is refused, in words naming the language', () => {
    const parsed = EntityRecordSchema.safeParse({ kind: 'organisation', names: { en: 'EU', fa: 'اتحادیه', ps: ' ' } });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(["write the actor's name in Pashto"]);
  });
});

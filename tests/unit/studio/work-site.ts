import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../baltic-site';

// The Baltic fixture site copied to a folder of its own under tests/fixtures/.work/, for the
// tests that write an edition's file: the fixture itself never changes.

const WORK = 'tests/fixtures/.work';
export const SLUG = 'baltic-fixture';
export const ORIGINAL = `content/analyses/${SLUG}.mdx`;
export const EDITION = `content/editions/fa/${SLUG}.mdx`;
/** The riga passage's English, as the fixture has it. */
export const RIGA = 'A fixture paragraph about a meeting in Riga.';

/** A fresh copy of the Baltic site, with its English changed by `edit`; and how to read and remove it. */
export function workSite(edit: (english: string) => string = (english) => english) {
  mkdirSync(WORK, { recursive: true });
  const root = mkdtempSync(join(WORK, 'studio-'));
  cpSync(ROOT, root, { recursive: true });
  writeFileSync(join(root, ORIGINAL), edit(readFileSync(join(root, ORIGINAL), 'utf8')));
  return {
    root,
    read: (path: string) => readFileSync(join(root, path), 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

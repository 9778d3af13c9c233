// npm run translated -- <edition> <slug> [passage-id …]: records that the edition's passages
// (all of them, or those named) now translate the original as it stands, by writing the
// original passage's version into translates="…". Run it once a translation is brought up to date.
// The stamping itself is src/lib/content/editions/stamp.ts, which the studio's translators' page
// uses too, so that both write the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stampEdition, unknownPassages } from '../src/lib/content/editions/stamp.ts';
import { ANALYSES_FOLDER, contentRoot, editionFolders } from '../src/lib/content/paths.ts';

const root = contentRoot();
const [code, slug, ...only] = process.argv.slice(2);
const fail = (line) => {
  console.error(line);
  process.exit(1);
};
if (!code || !slug)
  fail('npm run translated: arguments: found too few; write npm run translated -- fa <slug> [passage-id …]');

const originalPath = join(root, ANALYSES_FOLDER, `${slug}.mdx`);
const editionPath = join(root, editionFolders(code).mdx, `${slug}.mdx`);
const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fail(`${path}: file: found nothing; check the edition and the slug`);
  }
};
const original = read(originalPath);
const [unknown] = unknownPassages(original, only);
if (unknown !== undefined)
  fail(`${originalPath}: <Passage id>: found nothing for ${JSON.stringify(unknown)}; name a passage of the original`);

const { text, stamped } = stampEdition(original, read(editionPath), only);
writeFileSync(editionPath, text);
console.log(`${editionPath}: ${stamped} passage${stamped === 1 ? '' : 's'} now follow the original as it stands.`);

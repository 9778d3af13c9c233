// npm run translated -- <edition> <slug> [passage-id …]: records that the edition's passages
// (all of them, or those named) now translate the original as it stands, by writing the
// original passage's version into translates="…". Run it once a translation is brought up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { passageTexts, passageVersion } from '../src/lib/content/editions/passage-text.ts';
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
const versions = new Map(passageTexts(read(originalPath)).map((p) => [p.id, passageVersion(p.inner)]));
for (const id of only)
  if (!versions.has(id))
    fail(`${originalPath}: <Passage id>: found nothing for ${JSON.stringify(id)}; name a passage of the original`);

let stamped = 0;
const edition = read(editionPath).replace(/<Passage\b([^>]*)>/g, (tag, attributes) => {
  const id = /\bid\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
  if (!id || !versions.has(id) || (only.length > 0 && !only.includes(id))) return tag;
  stamped += 1;
  const rest = attributes.replace(/\s*\btranslates\s*=\s*"[^"]*"/, '');
  return `<Passage${rest} translates="${versions.get(id)}">`;
});
writeFileSync(editionPath, edition);
console.log(`${editionPath}: ${stamped} passage${stamped === 1 ? '' : 's'} now follow the original as it stands.`);
